--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses an item without a key attribute, in a dt_assoc and in a dt_array
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
foreach ([
    'dt_assoc' => '<dt_assoc><item key="a">x</item><item>y</item></dt_assoc>',
    'dt_array' => '<dt_array><item>y</item></dt_array>',
    'other attribute only' => '<dt_assoc><item name="a">y</item></dt_assoc>',
    'key in a namespace' => '<dt_assoc><item xmlns:x="urn:x" x:key="a">y</item></dt_assoc>',
    'nested' => '<dt_assoc><item key="a"><dt_assoc><item>y</item></dt_assoc></item></dt_assoc>',
] as $name => $value) {
    echo "$name: ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope($value)));
}
/* An empty key is a key. */
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_assoc><item key="">y</item></dt_assoc>')));
?>
--EXPECT--
dt_assoc: WhmcsOpensrs\ProtocolException: Invalid OPS message: item without a key attribute (line 2)
dt_array: WhmcsOpensrs\ProtocolException: Invalid OPS message: item without a key attribute (line 2)
other attribute only: WhmcsOpensrs\ProtocolException: Invalid OPS message: item without a key attribute (line 2)
key in a namespace: WhmcsOpensrs\ProtocolException: Invalid OPS message: item without a key attribute (line 2)
nested: WhmcsOpensrs\ProtocolException: Invalid OPS message: item without a key attribute (line 2)
array(1) {
  [""]=>
  string(1) "y"
}
