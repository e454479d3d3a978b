--TEST--
WhmcsOpensrs\opensrs_signature() matches the vectors of the OpenSRS toolkit and of yola/opensrs
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php
require __DIR__ . '/conformance.inc';
if (wo_conformance_dir() === null) die('skip conformance corpus not found');
?>
--FILE--
<?php
require __DIR__ . '/conformance.inc';
/* SOURCES.md: the signature is over the file's bytes without a trailing newline. */
$toolkit = rtrim(wo_conformance_file('opensrs/toolkit_generated_delete_subuser_request_compressed.xml'), "\n");
$yola = rtrim(wo_conformance_file('opensrs/yola_sign_vector_lookup_request.xml'), "\n");

var_dump(WhmcsOpensrs\opensrs_signature($toolkit, 'somekey'));
var_dump(WhmcsOpensrs\opensrs_signature($yola, 'somekey'));

/* Definition check against PHP's own md5(). */
var_dump(WhmcsOpensrs\opensrs_signature("é中文😀", "k\0ey") === md5(md5("é中文😀k\0ey") . "k\0ey"));
var_dump(WhmcsOpensrs\opensrs_signature('', 'k') === md5(md5('k') . 'k'));
$big = str_repeat("0123456789abcdef", 70000) . 'x';
var_dump(WhmcsOpensrs\opensrs_signature($big, 'somekey') === md5(md5($big . 'somekey') . 'somekey'));

try {
    WhmcsOpensrs\opensrs_signature('<xml/>', '');
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
string(32) "3bd7eb24e9e4033940d9e4390f9eff63"
string(32) "001806d5425a40aaaec238ffe23bc8f2"
bool(true)
bool(true)
bool(true)
ValueError: WhmcsOpensrs\opensrs_signature(): Argument #2 ($key) must not be empty
