--TEST--
WhmcsOpensrs\opensrs_ops_decode() decodes every corpus file but the one known to be malformed
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
/* Guards against a file added to the corpus and missed by the per-source tests. */
$decoded = $refused = [];
foreach (glob(wo_conformance_dir() . '/opensrs/*.xml') as $path) {
    try {
        $value = WhmcsOpensrs\opensrs_ops_decode(file_get_contents($path));
        $decoded[] = basename($path);
        if (!is_array($value) && !is_string($value)) {
            echo basename($path), ": unexpected ", get_debug_type($value), "\n";
        }
    } catch (WhmcsOpensrs\ProtocolException $e) {
        $refused[] = basename($path);
    }
}
var_dump(count($decoded), $refused);
?>
--EXPECT--
int(45)
array(1) {
  [0]=>
  string(39) "hamochi_domain.namesuggest.example4.xml"
}
