--TEST--
OPS round trip keeps keys holding " & < > ', tab, CR, LF and entity-like text
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$value = [
    '"' => 'dq', '&' => 'amp', '<' => 'lt', '>' => 'gt', "'" => 'apos',
    "a \" & < > ' b" => 'all',
    "tab\there" => 't', "cr\rhere" => 'r', "lf\nhere" => 'n', "crlf\r\n" => 'rn',
    '&amp;' => 'looks escaped', '&#38;' => 'char ref', '&#x26;&lt;' => 'more', ']]>' => 'cdata end',
    '' => 'empty key', ' ' => 'space key', '  padded  ' => 'padded key',
];
$xml = WhmcsOpensrs\opensrs_ops_encode($value);
$back = WhmcsOpensrs\opensrs_ops_decode($xml);
var_dump($back === $value);
foreach (array_keys($value) as $k) {
    if (!array_key_exists($k, $back) || $back[$k] !== $value[$k]) {
        echo "lost key ", json_encode($k), "\n";
    }
}
/* An XML parser normalises a literal tab, CR or LF in an attribute to a
 * space: the encoder must write them as character references. */
var_dump(str_contains($xml, 'key="tab&#9;here"'), str_contains($xml, 'key="cr&#13;here"'),
    str_contains($xml, 'key="lf&#10;here"'));
var_dump(str_contains($xml, 'key="a &quot; &amp; &lt; &gt; \' b"'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
