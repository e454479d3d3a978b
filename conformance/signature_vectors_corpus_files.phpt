--TEST--
WhmcsOpensrs\opensrs_signature() over the corpus's two signed requests (OpenSRS toolkit, yola/opensrs) gives their published vectors
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
/* The vectors are over the documents' bytes without a trailing newline. */
$toolkit = rtrim(wo_conformance_file('opensrs/toolkit_generated_delete_subuser_request_compressed.xml'), "\n");
$yola = rtrim(wo_conformance_file('opensrs/yola_sign_vector_lookup_request.xml'), "\n");

var_dump(WhmcsOpensrs\opensrs_signature($toolkit, 'somekey'));
var_dump(WhmcsOpensrs\opensrs_signature($yola, 'somekey'));
?>
--EXPECT--
string(32) "3bd7eb24e9e4033940d9e4390f9eff63"
string(32) "001806d5425a40aaaec238ffe23bc8f2"
