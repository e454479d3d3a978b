--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads a document whose dt_arrays are written out of key order, top level and nested, as lists in key order
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
/* Top level written 3, 0, 4, 1, 2; inner lists 1, 0 and 2, 0, 1. */
$list = wo_fixture_decode('list_shuffled.xml');
var_dump(array_is_list($list), array_is_list($list[3]['addresses']), array_is_list($list[4]));
var_dump($list === [
    'first',
    '',
    'third',
    ['host' => 'ns3.example.net', 'addresses' => ['192.0.2.53', '2001:db8::53']],
    ['a', ['b1', 'b2'], 'c'],
]);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
