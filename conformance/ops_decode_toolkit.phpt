--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads the OpenSRS PHP toolkit's requests, header left out
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';

/* TAB- and space-indented request: blanks between elements are not values. */
$lookup = WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file('opensrs/toolkit_tester_lookup_domain_request.xml'));
var_dump($lookup === [
    'protocol' => 'XCP',
    'action' => 'lookup',
    'object' => 'domain',
    'attributes' => ['domain' => 'test.com'],
]);

/* One line, no blanks; the header's msg_id and msg_type are not part of the value. */
$delete = WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file('opensrs/toolkit_generated_delete_subuser_request_compressed.xml'));
var_dump($delete);
?>
--EXPECT--
bool(true)
array(4) {
  ["protocol"]=>
  string(3) "XCP"
  ["action"]=>
  string(6) "DELETE"
  ["object"]=>
  string(7) "SUBUSER"
  ["attributes"]=>
  array(3) {
    ["username"]=>
    string(4) "aaaa"
    ["domain"]=>
    string(11) "example.com"
    ["sub_id"]=>
    string(7) "2532880"
  }
}
