--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads dt_scalar and dt_scalarref as their text, at top level and inside an item
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_scalar>Tom Jones</dt_scalar>')));
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_scalarref>ref text</dt_scalarref>')));
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_scalar></dt_scalar>')));
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_scalar/>')));
/* Blanks around a dt_scalar inside an item are layout; inside it they are the value. */
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope(
    "<dt_assoc>\n  <item key=\"x\">\n    <dt_scalar> padded\n</dt_scalar>\n  </item>\n"
    . "  <item key=\"y\"><dt_scalarref>&lt;ref&gt; &amp; more</dt_scalarref></item>\n"
    . "  <item key=\"z\"><dt_array><item key=\"0\"><dt_scalar>in list</dt_scalar></item></dt_array></item>\n"
    . "</dt_assoc>")));
/* A bare value is written as a dt_scalar and read back. */
$xml = WhmcsOpensrs\opensrs_ops_encode('Tom & Jerry <3');
var_dump(str_contains($xml, "<data_block>\n<dt_scalar>Tom &amp; Jerry &lt;3</dt_scalar>\n</data_block>"));
var_dump(WhmcsOpensrs\opensrs_ops_decode($xml));
?>
--EXPECT--
string(9) "Tom Jones"
string(8) "ref text"
string(0) ""
string(0) ""
array(3) {
  ["x"]=>
  string(8) " padded
"
  ["y"]=>
  string(12) "<ref> & more"
  ["z"]=>
  array(1) {
    [0]=>
    string(7) "in list"
  }
}
bool(true)
string(14) "Tom & Jerry <3"
