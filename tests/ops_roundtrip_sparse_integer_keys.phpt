--TEST--
OPS round trip keeps sparse, unordered and negative integer keys (a dt_assoc, keys back as integers)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$values = [
    [0 => 'a', 2 => 'c'],
    [1 => 'b', 0 => 'a'],
    [5 => 'five', -3 => 'minus three', 100000 => 'big', PHP_INT_MAX => 'max'],
    ['mixed' => [3 => 'x', 'name' => 'y', 0 => 'z']],
    [1 => 'starts at one'],
];
foreach ($values as $value) {
    $xml = WhmcsOpensrs\opensrs_ops_encode($value);
    var_dump(WhmcsOpensrs\opensrs_ops_decode($xml) === $value, str_contains($xml, '<dt_array>'));
}
/* Strings that only look numeric stay strings. */
$value = ['007' => 'a', '-0' => 'b', '1.5' => 'c', ' 1' => 'd'];
$back = WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($value));
var_dump($back === $value, array_map('gettype', array_keys($back)));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
array(4) {
  [0]=>
  string(6) "string"
  [1]=>
  string(6) "string"
  [2]=>
  string(6) "string"
  [3]=>
  string(6) "string"
}
