--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses a document whose root is not OPS_envelope, and anything that is not XML
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$envelope = wo_ops_envelope('<dt_scalar>x</dt_scalar>');
foreach ([
    'other root' => '<?xml version="1.0"?><response><data_block><dt_scalar>x</dt_scalar></data_block></response>',
    'wrong case' => str_replace('OPS_envelope', 'ops_envelope', $envelope),
    'prefixed' => str_replace(['<OPS_envelope>', '</OPS_envelope>'], ['<o:OPS_envelope xmlns:o="urn:x">', '</o:OPS_envelope>'], $envelope),
    'HTML error page' => "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
] as $name => $xml) {
    echo "$name: ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode($xml));
}
foreach (['plain text' => 'Internal Server Error', 'JSON' => '{"result":"error"}', 'empty' => '', 'two roots' => $envelope . '<OPS_envelope/>'] as $name => $xml) {
    echo "$name: ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode($xml));
}
?>
--EXPECTF--
other root: WhmcsOpensrs\ProtocolException: Invalid OPS message: the root element is <response>, not <OPS_envelope>
wrong case: WhmcsOpensrs\ProtocolException: Invalid OPS message: the root element is <ops_envelope>, not <OPS_envelope>
prefixed: WhmcsOpensrs\ProtocolException: Invalid OPS message: the root element is <o:OPS_envelope>, not <OPS_envelope>
HTML error page: WhmcsOpensrs\ProtocolException: Invalid OPS message: the root element is <html>, not <OPS_envelope>
plain text: WhmcsOpensrs\ProtocolException: Invalid OPS message: malformed XML at line 1: %s
JSON: WhmcsOpensrs\ProtocolException: Invalid OPS message: malformed XML at line 1: %s
empty: WhmcsOpensrs\ProtocolException: Invalid OPS message: empty document
two roots: WhmcsOpensrs\ProtocolException: Invalid OPS message: malformed XML at line %d: %s
