--TEST--
WhmcsOpensrs\opensrs_signature() gives the published vectors of the OpenSRS PHP toolkit and of yola/opensrs, and is md5(md5(xml . key) . key)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/*
 * The two signed requests, byte for byte (a signature is over exact bytes,
 * so neither ends with a newline). Key "somekey" in both.
 * The toolkit's opensrs/Ops.php in "compress" mode, delete subuser, with its
 * msg_id set to FIXED: 3bd7eb24e9e4033940d9e4390f9eff63.
 */
$toolkit = <<<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="no" ?><!DOCTYPE OPS_envelope SYSTEM "ops.dtd"><OPS_envelope><header><version>0.9</version><msg_id>FIXED</msg_id><msg_type>standard</msg_type></header><body><data_block><dt_assoc><item key="protocol">XCP</item><item key="action">DELETE</item><item key="object">SUBUSER</item><item key="attributes"><dt_assoc><item key="username">aaaa</item><item key="domain">example.com</item><item key="sub_id">2532880</item></dt_assoc></item></dt_assoc></data_block></body></OPS_envelope>
XML;
/* yola/opensrs's xcp.py, LOOKUP DOMAIN jerith.org (its test_sign_message): 001806d5425a40aaaec238ffe23bc8f2. */
$yola = <<<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<!DOCTYPE OPS_envelope SYSTEM "ops.dtd">
<OPS_envelope><header><version>0.9</version></header><body><data_block><dt_assoc><item key="action">LOOKUP</item><item key="attributes"><dt_assoc><item key="domain">jerith.org</item></dt_assoc></item><item key="object">DOMAIN</item><item key="protocol">XCP</item></dt_assoc></data_block></body></OPS_envelope>
XML;
var_dump(strlen($toolkit), strlen($yola));

var_dump(WhmcsOpensrs\opensrs_signature($toolkit, 'somekey'));
var_dump(WhmcsOpensrs\opensrs_signature($yola, 'somekey'));
/* The same vectors from PHP's own md5(), so a typo in a document cannot pass. */
var_dump(md5(md5($toolkit . 'somekey') . 'somekey'), md5(md5($yola . 'somekey') . 'somekey'));
/* And the documents are the requests they are said to be. */
var_dump(WhmcsOpensrs\opensrs_ops_decode($toolkit)['attributes']['sub_id'], WhmcsOpensrs\opensrs_ops_decode($yola)['attributes']);

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
int(522)
int(406)
string(32) "3bd7eb24e9e4033940d9e4390f9eff63"
string(32) "001806d5425a40aaaec238ffe23bc8f2"
string(32) "3bd7eb24e9e4033940d9e4390f9eff63"
string(32) "001806d5425a40aaaec238ffe23bc8f2"
string(7) "2532880"
array(1) {
  ["domain"]=>
  string(10) "jerith.org"
}
bool(true)
bool(true)
bool(true)
ValueError: WhmcsOpensrs\opensrs_signature(): Argument #2 ($key) must not be empty
