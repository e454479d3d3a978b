--TEST--
WhmcsOpensrs\opensrs_ops_decode() returns a dt_array written in shuffled document order in key order, as a list
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
/* Hand-written, keys 0..13 in an order where text order and numeric order differ. */
$order = [7, 11, 0, 13, 2, 10, 1, 9, 12, 3, 5, 8, 6, 4];
$items = '';
foreach ($order as $i) {
    $items .= "<item key=\"$i\">v$i</item>";
}
$list = WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope("<dt_array>$items</dt_array>"));
var_dump(array_is_list($list), count($list), $list[0], $list[10], $list[13]);
var_dump($list === array_map(fn($i) => "v$i", range(0, 13)));

/* The same inside an item, with containers as the shuffled values. */
$items = '';
foreach (array_reverse(range(0, 11)) as $i) {
    $items .= "<item key=\"$i\"><dt_assoc><item key=\"n\">$i</item></dt_assoc></item>";
}
$reply = WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope("<dt_assoc><item key=\"list\"><dt_array>$items</dt_array></item></dt_assoc>"));
var_dump(array_column($reply['list'], 'n') === array_map('strval', range(0, 11)), array_is_list($reply['list']));

/* Re-encoding the decoded list writes it in order. */
$xml = WhmcsOpensrs\opensrs_ops_encode($list);
var_dump(strpos($xml, 'key="2"') < strpos($xml, 'key="10"'));
?>
--EXPECT--
bool(true)
int(14)
string(2) "v0"
string(3) "v10"
string(3) "v13"
bool(true)
bool(true)
bool(true)
bool(true)
