--TEST--
WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($x)) === $x for the value of every OPS fixture, and re-encoding is stable
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$checked = 0;
foreach (glob(__DIR__ . '/fixtures/ops/*.xml') as $path) {
    $value = WhmcsOpensrs\opensrs_ops_decode(file_get_contents($path));
    $xml = WhmcsOpensrs\opensrs_ops_encode($value);
    if (WhmcsOpensrs\opensrs_ops_decode($xml) !== $value) {
        echo basename($path), ": round trip differs\n";
    }
    if (WhmcsOpensrs\opensrs_ops_encode(WhmcsOpensrs\opensrs_ops_decode($xml)) !== $xml) {
        echo basename($path), ": re-encoding differs\n";
    }
    $checked++;
}
/* Guards against the glob finding nothing: one per fixture file. */
var_dump($checked);
?>
--EXPECT--
int(13)
