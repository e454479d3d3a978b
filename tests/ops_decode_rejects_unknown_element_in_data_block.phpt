--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses elements OPS does not define inside data_block, and ignores them in the header
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
foreach ([
    'unknown value' => '<dt_foo>x</dt_foo>',
    'bare item' => '<item key="a">x</item>',
    'in dt_assoc' => '<dt_assoc><item key="a">x</item><entry key="b">y</entry></dt_assoc>',
    'in dt_array' => '<dt_array><item key="0">x</item><br/></dt_array>',
    'in an item' => '<dt_assoc><item key="a"><b>bold</b></item></dt_assoc>',
    'in dt_scalar' => '<dt_scalar>a<i>b</i></dt_scalar>',
    'prefixed' => '<x:dt_assoc xmlns:x="urn:x"/>',
    'prefixed item' => '<dt_assoc><x:item xmlns:x="urn:x" key="a">x</x:item></dt_assoc>',
] as $name => $value) {
    echo "$name: ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope($value)));
}
/* The header (version, msg_id, anything a client adds) is not part of the value. */
var_dump(WhmcsOpensrs\opensrs_ops_decode("<OPS_envelope><header><version>0.9</version><msg_id>2.21765911726198</msg_id>"
    . "<msg_type>standard</msg_type><extra><nested a='1'/></extra></header>"
    . "<body><data_block><dt_scalar>kept</dt_scalar></data_block></body></OPS_envelope>"));
?>
--EXPECT--
unknown value: WhmcsOpensrs\ProtocolException: Invalid OPS message: unknown element <dt_foo> in data_block (line 2)
bare item: WhmcsOpensrs\ProtocolException: Invalid OPS message: unknown element <item> in data_block (line 2)
in dt_assoc: WhmcsOpensrs\ProtocolException: Invalid OPS message: unknown element <entry> in <dt_assoc> (line 2)
in dt_array: WhmcsOpensrs\ProtocolException: Invalid OPS message: unknown element <br> in <dt_array> (line 2)
in an item: WhmcsOpensrs\ProtocolException: Invalid OPS message: unknown element <b> in data_block (line 2)
in dt_scalar: WhmcsOpensrs\ProtocolException: Invalid OPS message: element <i> inside a scalar (line 2)
prefixed: WhmcsOpensrs\ProtocolException: Invalid OPS message: unknown element <x:dt_assoc> in data_block (line 2)
prefixed item: WhmcsOpensrs\ProtocolException: Invalid OPS message: unknown element <x:item> in data_block (line 2)
string(4) "kept"
