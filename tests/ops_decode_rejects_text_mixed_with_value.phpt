--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses an item holding both text and a value, text outside items, and two values in one place
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
foreach ([
    'text before a value' => '<dt_assoc><item key="a">text<dt_assoc/></item></dt_assoc>',
    'text after a value' => '<dt_assoc><item key="a"><dt_array/>text</item></dt_assoc>',
    'text around a dt_scalar' => '<dt_assoc><item key="a">x<dt_scalar>y</dt_scalar></item></dt_assoc>',
    'text in dt_assoc' => '<dt_assoc>stray<item key="a">x</item></dt_assoc>',
    'text in dt_array' => '<dt_array><item key="0">x</item>stray</dt_array>',
    'text in data_block' => 'just text',
    'text beside the value' => '<dt_scalar>x</dt_scalar> tail',
    'two values in an item' => '<dt_assoc><item key="a"><dt_assoc/><dt_array/></item></dt_assoc>',
    'two values in data_block' => '<dt_assoc/><dt_assoc/>',
] as $name => $value) {
    echo "$name: ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope($value)));
}
/* Blanks around a value are layout, not text. */
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope("\n <dt_assoc>\n\t<item key=\"a\">\r\n <dt_array/> \n</item>\n</dt_assoc>\n")));
?>
--EXPECT--
text before a value: WhmcsOpensrs\ProtocolException: Invalid OPS message: item mixes text and <dt_assoc> (line 2)
text after a value: WhmcsOpensrs\ProtocolException: Invalid OPS message: item mixes text and a value (line 2)
text around a dt_scalar: WhmcsOpensrs\ProtocolException: Invalid OPS message: item mixes text and <dt_scalar> (line 2)
text in dt_assoc: WhmcsOpensrs\ProtocolException: Invalid OPS message: text outside an item in data_block (line 2)
text in dt_array: WhmcsOpensrs\ProtocolException: Invalid OPS message: text outside an item in data_block (line 2)
text in data_block: WhmcsOpensrs\ProtocolException: Invalid OPS message: text outside an item in data_block (line 2)
text beside the value: WhmcsOpensrs\ProtocolException: Invalid OPS message: text outside an item in data_block (line 2)
two values in an item: WhmcsOpensrs\ProtocolException: Invalid OPS message: <item> holds more than one value (line 2)
two values in data_block: WhmcsOpensrs\ProtocolException: Invalid OPS message: <data_block> holds more than one value (line 2)
array(1) {
  ["a"]=>
  array(0) {
  }
}
