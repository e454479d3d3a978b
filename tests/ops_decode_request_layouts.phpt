--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads requests as clients write them: TAB-and-space indented, compressed on one line with msg_id and msg_type in the header, a bare XML declaration without DOCTYPE
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';

/* Blanks, TABs included, between elements are layout, not values. */
var_dump(wo_fixture_decode('request_lookup_tab_indented.xml') === [
    'protocol' => 'XCP',
    'action' => 'lookup',
    'object' => 'domain',
    'attributes' => ['domain' => 'harbourlight.example', 'no_cache' => '1'],
]);

/* One line, no newline at the end; the header is not part of the value. */
$xml = wo_fixture('ops/request_get_domain_compressed.xml');
var_dump(substr_count($xml, "\n"), str_contains($xml, '<msg_id>'));
var_dump(WhmcsOpensrs\opensrs_ops_decode($xml));

var_dump(wo_fixture_decode('request_set_cookie_short_declaration.xml') === [
    'protocol' => 'XCP',
    'action' => 'set',
    'object' => 'cookie',
    'registrant_ip' => '203.0.113.77',
    'attributes' => ['domain' => 'example.com', 'reg_username' => 'domainowner', 'reg_password' => 'FILTERED'],
]);
?>
--EXPECT--
bool(true)
int(0)
bool(true)
array(5) {
  ["protocol"]=>
  string(3) "XCP"
  ["action"]=>
  string(3) "GET"
  ["object"]=>
  string(6) "DOMAIN"
  ["cookie"]=>
  string(14) "781263:4419023"
  ["attributes"]=>
  array(2) {
    ["type"]=>
    string(11) "nameservers"
    ["limit"]=>
    string(2) "10"
  }
}
bool(true)
