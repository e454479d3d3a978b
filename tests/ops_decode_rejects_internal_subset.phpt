--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses any DOCTYPE internal subset, even an empty one or one without entities
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$subsets = [
    'empty' => '[]',
    'blank' => "[\n ]",
    'comment only' => '[ <!-- nothing to see --> ]',
    'processing instruction' => '[ <?pi data?> ]',
    'element declaration' => '[ <!ELEMENT OPS_envelope ANY> ]',
    'attribute default' => '[ <!ATTLIST item key CDATA "injected"> ]',
    'notation' => '[ <!NOTATION n SYSTEM "x"> ]',
    'after an external id' => "SYSTEM 'ops.dtd' []",
];
foreach ($subsets as $name => $subset) {
    echo str_pad($name, 24);
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_assoc><item key="a">x</item></dt_assoc>',
        "<!DOCTYPE OPS_envelope $subset>\n")));
}
?>
--EXPECT--
empty                   WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
blank                   WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
comment only            WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
processing instruction  WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
element declaration     WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
attribute default       WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
notation                WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
after an external id    WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
