--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads documents in a declared non-UTF-8 encoding, with a BOM, or with no declaration, small and large
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
function envelope(string $decl, string $items): string
{
    return "$decl<OPS_envelope><header><version>0.9</version></header><body><data_block><dt_assoc>$items"
        . "</dt_assoc></data_block></body></OPS_envelope>";
}
/* Large enough that most elements are far from the end, and small. */
foreach ([1, 400] as $repeat) {
    $filler = str_repeat("<item key=\"k\">caf\xE9</item>", $repeat);
    $latin1 = envelope("<?xml version='1.0' encoding='ISO-8859-1'?>", "<item key=\"a\">caf\xE9</item>$filler<item key=\"z\">fin\xE9</item>");
    $v = WhmcsOpensrs\opensrs_ops_decode($latin1);
    echo "ISO-8859-1 x$repeat: {$v['a']} {$v['z']} ", count($v), "\n";

    $filler = str_repeat('<item key="k">café</item>', $repeat);
    foreach ([
        'utf-8, single quotes' => "<?xml version='1.0' encoding='utf-8'?>",
        'UTF-8, double quotes' => '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        'no encoding' => '<?xml version="1.0"?>',
        'no declaration' => '',
        'UTF-8 BOM' => "\xEF\xBB\xBF<?xml version='1.0' encoding='UTF-8'?>",
    ] as $label => $decl) {
        $v = WhmcsOpensrs\opensrs_ops_decode(envelope($decl, "<item key=\"a\">日本</item>$filler<item key=\"z\">fin😀</item>"));
        echo "$label x$repeat: {$v['a']} {$v['z']} ", count($v), "\n";
    }
}
/* UTF-16 with a BOM is converted too. */
function utf16le(string $utf8): string
{
    /* Without ext/mbstring or iconv: code points below U+10000 are enough here. */
    $out = '';
    foreach (preg_split('//u', $utf8, -1, PREG_SPLIT_NO_EMPTY) as $ch) {
        $b = array_values(unpack('C*', $ch));
        $cp = match (count($b)) {
            1 => $b[0],
            2 => (($b[0] & 0x1F) << 6) | ($b[1] & 0x3F),
            3 => (($b[0] & 0x0F) << 12) | (($b[1] & 0x3F) << 6) | ($b[2] & 0x3F),
        };
        $out .= pack('v', $cp);
    }
    return $out;
}
$utf16 = "\xFF\xFE" . utf16le(envelope("<?xml version='1.0' encoding='UTF-16'?>", '<item key="a">' . str_repeat('x', 300) . 'é</item>'));
$v = WhmcsOpensrs\opensrs_ops_decode($utf16);
echo 'UTF-16: ', strlen($v['a']), ' ', substr($v['a'], -2), "\n";
?>
--EXPECT--
ISO-8859-1 x1: café finé 3
utf-8, single quotes x1: 日本 fin😀 3
UTF-8, double quotes x1: 日本 fin😀 3
no encoding x1: 日本 fin😀 3
no declaration x1: 日本 fin😀 3
UTF-8 BOM x1: 日本 fin😀 3
ISO-8859-1 x400: café finé 3
utf-8, single quotes x400: 日本 fin😀 3
UTF-8, double quotes x400: 日本 fin😀 3
no encoding x400: 日本 fin😀 3
no declaration x400: 日本 fin😀 3
UTF-8 BOM x400: 日本 fin😀 3
UTF-16: 302 é
