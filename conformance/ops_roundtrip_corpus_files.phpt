--TEST--
WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($x)) === $x for the value of every corpus file
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
$checked = 0;
foreach (glob(wo_conformance_dir() . '/opensrs/*.xml') as $path) {
    if (basename($path) === 'hamochi_domain.namesuggest.example4.xml') {
        continue;   /* not well-formed */
    }
    $value = WhmcsOpensrs\opensrs_ops_decode(file_get_contents($path));
    $xml = WhmcsOpensrs\opensrs_ops_encode($value);
    if (WhmcsOpensrs\opensrs_ops_decode($xml) !== $value) {
        echo basename($path), ": round trip differs\n";
    }
    /* The encoding of a decoded value is itself stable. */
    if (WhmcsOpensrs\opensrs_ops_encode(WhmcsOpensrs\opensrs_ops_decode($xml)) !== $xml) {
        echo basename($path), ": re-encoding differs\n";
    }
    $checked++;
}
var_dump($checked);
?>
--EXPECT--
int(45)
