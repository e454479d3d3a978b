--TEST--
WhmcsOpensrs\opensrs_ops_decode() never fetches the DOCTYPE's external DTD (ops.dtd, a file, a URL), whatever PHP's libxml settings
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$loads = [];
libxml_set_external_entity_loader(function ($public, $system, $context) use (&$loads) {
    $loads[] = $system;
    return null;
});
/* Settings another library in the process may have changed. */
libxml_use_internal_errors(true);

foreach (["SYSTEM 'ops.dtd'", 'SYSTEM "file:///etc/passwd"', 'PUBLIC "-//x//y" "http://127.0.0.1:9/ops.dtd"'] as $id) {
    var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_assoc><item key="a">b</item></dt_assoc>', "<!DOCTYPE OPS_envelope $id>\n")));
}
/* An entity the external DTD might declare is still refused, unread. */
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_scalar>&secret;</dt_scalar>',
    "<!DOCTYPE OPS_envelope SYSTEM \"file:///etc/passwd\">\n")));
var_dump($loads, libxml_get_errors());
?>
--EXPECT--
array(1) {
  ["a"]=>
  string(1) "b"
}
array(1) {
  ["a"]=>
  string(1) "b"
}
array(1) {
  ["a"]=>
  string(1) "b"
}
WhmcsOpensrs\ProtocolException: Invalid OPS message: entity &secret; is not allowed (only the five predefined ones)
array(0) {
}
array(0) {
}
