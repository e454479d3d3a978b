--TEST--
WhmcsOpensrs\opensrs_ops_decode() reports through its own exception, whatever libxml_use_internal_errors() says, and leaves PHP's libxml error list alone
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$bad = wo_ops_envelope('<dt_assoc><item key="a">x</dt_assoc>');
foreach ([false, true] as $internal) {
    libxml_use_internal_errors($internal);
    libxml_clear_errors();
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode($bad));
    var_dump(libxml_get_errors());
    /* A good document right after a bad one decodes normally. */
    var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_scalar>fine</dt_scalar>')));
}
?>
--EXPECTF--
WhmcsOpensrs\ProtocolException: Invalid OPS message: malformed XML at line 2: %s
array(0) {
}
string(4) "fine"
WhmcsOpensrs\ProtocolException: Invalid OPS message: malformed XML at line 2: %s
array(0) {
}
string(4) "fine"
