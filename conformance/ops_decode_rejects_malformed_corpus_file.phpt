--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses the corpus's not-well-formed reply (typographic quotes) with a ProtocolException
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
try {
    WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file('opensrs/hamochi_domain.namesuggest.example4.xml'));
    echo "decoded\n";
} catch (WhmcsOpensrs\ProtocolException $e) {
    var_dump($e instanceof WhmcsOpensrs\Exception, $e->getHttpStatus());
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
int(0)
Invalid OPS message: malformed XML at line 1: %s
