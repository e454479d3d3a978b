--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses an external entity declared in an internal subset; the file is never read
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
/* Any attempt to load an external resource goes through this loader. */
$loads = [];
libxml_set_external_entity_loader(function ($public, $system, $context) use (&$loads) {
    $loads[] = $system;
    return null;
});

$passwd = @file_get_contents('/etc/passwd') ?: 'root:x:0:0:';
$first_line = strtok($passwd, "\n");
$documents = [
    'in text' => wo_ops_envelope('<dt_assoc><item key="x">&xxe;</item></dt_assoc>',
        "<!DOCTYPE OPS_envelope [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"),
    'in a key' => wo_ops_envelope('<dt_assoc><item key="&xxe;">x</item></dt_assoc>',
        "<!DOCTYPE OPS_envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"),
    'with ops.dtd too' => wo_ops_envelope('<dt_scalar>&xxe;</dt_scalar>',
        "<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd' [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"),
    'parameter entity' => wo_ops_envelope('<dt_scalar>x</dt_scalar>',
        "<!DOCTYPE OPS_envelope [<!ENTITY % pe SYSTEM \"file:///etc/passwd\"> %pe;]>\n"),
    'php filter' => wo_ops_envelope('<dt_scalar>&xxe;</dt_scalar>',
        "<!DOCTYPE OPS_envelope [<!ENTITY xxe SYSTEM \"php://filter/convert.base64-encode/resource=/etc/passwd\">]>\n"),
];
foreach ($documents as $name => $xml) {
    try {
        $value = WhmcsOpensrs\opensrs_ops_decode($xml);
        echo "$name: decoded to ", var_export($value, true), "\n";
    } catch (WhmcsOpensrs\ProtocolException $e) {
        echo "$name: ", $e->getMessage(), "\n";
        $everything = $e->getMessage() . $e->getTraceAsString() . print_r($e, true);
        if (str_contains($everything, $first_line) || str_contains($everything, base64_encode($first_line))) {
            echo "  /etc/passwd leaked\n";
        }
    }
}
var_dump($loads);
?>
--EXPECT--
in text: Invalid OPS message: a DOCTYPE internal subset is not allowed
in a key: Invalid OPS message: a DOCTYPE internal subset is not allowed
with ops.dtd too: Invalid OPS message: a DOCTYPE internal subset is not allowed
parameter entity: Invalid OPS message: a DOCTYPE internal subset is not allowed
php filter: Invalid OPS message: a DOCTYPE internal subset is not allowed
array(0) {
}
