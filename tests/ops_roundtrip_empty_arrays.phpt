--TEST--
OPS round trip: empty arrays are written as an empty dt_assoc and come back as []
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
foreach ([[], ['a' => []], [[]], ['x' => ['y' => [], 'z' => [[], []]]]] as $value) {
    var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($value)) === $value);
}
var_dump(str_contains(WhmcsOpensrs\opensrs_ops_encode([]), "<data_block>\n<dt_assoc></dt_assoc>\n</data_block>"));
/* An empty dt_array, and self-closing containers, are [] as well. */
require __DIR__ . '/ops.inc';
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_array></dt_array>')));
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_assoc><item key="a"><dt_array/></item><item key="b"><dt_assoc/></item></dt_assoc>')));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(0) {
}
array(2) {
  ["a"]=>
  array(0) {
  }
  ["b"]=>
  array(0) {
  }
}
