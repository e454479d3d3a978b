--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses entity references other than the five predefined ones and character references
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
/* What is allowed, for contrast. */
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope(
    '<dt_assoc><item key="&amp;&lt;&gt;&quot;&apos;&#65;&#x42;">&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;</item></dt_assoc>')));

foreach ([
    'in text' => '<dt_scalar>a &nbsp; b</dt_scalar>',
    'in an item' => '<dt_assoc><item key="x">&copy;</item></dt_assoc>',
    'in a key' => '<dt_assoc><item key="a&foo;b">x</item></dt_assoc>',
] as $name => $value) {
    echo "$name: ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope($value)));
}
/* Character references must still name XML characters. */
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_scalar>&#0;</dt_scalar>')));
?>
--EXPECTF--
array(1) {
  ["&<>"'AB"]=>
  string(11) "&<>"'AB😀"
}
in text: WhmcsOpensrs\ProtocolException: Invalid OPS message: entity &nbsp; is not allowed (only the five predefined ones)
in an item: WhmcsOpensrs\ProtocolException: Invalid OPS message: entity &copy; is not allowed (only the five predefined ones)
in a key: WhmcsOpensrs\ProtocolException: Invalid OPS message: entity &foo; is not allowed (only the five predefined ones)
WhmcsOpensrs\ProtocolException: Invalid OPS message: malformed XML at line 2: %s
