--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads the yola/opensrs fixtures: dt_array in key order, empty items, nested lists
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
function decode_file(string $name): mixed
{
    return WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file("opensrs/$name"));
}

var_dump(decode_file('yola_parse_string_message.xml'));
var_dump(decode_file('yola_parse_dict_message.xml') === ['foo' => 'bar', 'baz' => 'quux']);
var_dump(decode_file('yola_parse_list_message.xml') === ['foo', 'bar']);

/* Items written 1 then 0: the array is in key order, a true list. */
$unordered = decode_file('yola_parse_list_message_unordered.xml');
var_dump($unordered === ['foo', 'bar'], array_is_list($unordered));

/* <item key='none'/> is an empty string; the inner dt_array was written 1, 0. */
var_dump(decode_file('yola_parse_complex_dict_message.xml') === [
    'foo' => ['bar', ['b1', ['b1' => 'b2']]],
    'text' => 'value',
    'none' => '',
    'baz' => ['bk1' => ['bv1a', 'bv1b'], 'bk2' => 'bv2'],
]);

/* Top-level dt_array written 1, 0, 2, 4, 3. */
$list = decode_file('yola_parse_complex_list_message.xml');
var_dump(array_keys($list), $list[0], $list[2], $list[4]);
var_dump($list[1] === ['bar', ['b1', ['b1' => 'b2']]]);
var_dump($list[3] === ['bk1' => ['bv1a', 'bv1b'], 'bk2' => 'bv2']);

$signed = decode_file('yola_sign_vector_lookup_request.xml');
var_dump($signed === [
    'action' => 'LOOKUP',
    'attributes' => ['domain' => 'jerith.org'],
    'object' => 'DOMAIN',
    'protocol' => 'XCP',
]);
?>
--EXPECT--
string(3) "foo"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
}
string(4) "None"
string(0) ""
string(4) "text"
bool(true)
bool(true)
bool(true)
