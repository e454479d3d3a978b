--TEST--
OPS round trip keeps lists of 12 and more items in order (indexes past 9 do not sort as text)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
foreach ([12, 13, 100, 1001] as $n) {
    $list = array_map(fn($i) => "ns$i.example.com", range(0, $n - 1));
    $back = WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode(['nameserver_list' => $list]))['nameserver_list'];
    var_dump($back === $list && array_is_list($back));
}
$xml = WhmcsOpensrs\opensrs_ops_encode(range(0, 11));
var_dump(substr_count($xml, '<item key="'), str_contains($xml, '<item key="9">9</item><item key="10">10</item><item key="11">11</item></dt_array>'));
var_dump(WhmcsOpensrs\opensrs_ops_decode($xml) === array_map('strval', range(0, 11)));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(12)
bool(true)
bool(true)
