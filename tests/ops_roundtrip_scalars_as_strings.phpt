--TEST--
OPS round trip gives booleans, null, integers and floats back as their string form
--EXTENSIONS--
whmcs_opensrs
--INI--
serialize_precision=-1
--FILE--
<?php
$value = ['t' => true, 'f' => false, 'n' => null, 'i' => 42, 'neg' => -7, 'zero' => 0,
    'max' => PHP_INT_MAX, 'fl' => 1.5, 'whole' => 2.0, 'small' => 0.1 + 0.2, 'exp' => 1e25];
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($value)));
/* The same at top level, as a dt_scalar. */
foreach ([true, false, null, 42, 1.5] as $scalar) {
    var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($scalar)));
}
/* As a list, strings and numbers compare equal to the original with ==. */
$list = [1, 2.5, '3', true];
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($list)) == $list);
?>
--EXPECT--
array(11) {
  ["t"]=>
  string(1) "1"
  ["f"]=>
  string(1) "0"
  ["n"]=>
  string(0) ""
  ["i"]=>
  string(2) "42"
  ["neg"]=>
  string(2) "-7"
  ["zero"]=>
  string(1) "0"
  ["max"]=>
  string(19) "9223372036854775807"
  ["fl"]=>
  string(3) "1.5"
  ["whole"]=>
  string(1) "2"
  ["small"]=>
  string(19) "0.30000000000000004"
  ["exp"]=>
  string(7) "1.0E+25"
}
string(1) "1"
string(1) "0"
string(0) ""
string(2) "42"
string(3) "1.5"
bool(true)
