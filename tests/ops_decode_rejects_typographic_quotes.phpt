--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses a reply whose attribute values sit in typographic quotes (copied from a word processor) with a ProtocolException naming the line
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
try {
    WhmcsOpensrs\opensrs_ops_decode(wo_fixture('refused/typographic_quotes.xml'));
    echo "decoded\n";
} catch (WhmcsOpensrs\ProtocolException $e) {
    var_dump($e instanceof WhmcsOpensrs\Exception, $e->getHttpStatus());
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
int(0)
Invalid OPS message: malformed XML at line 10: %s
