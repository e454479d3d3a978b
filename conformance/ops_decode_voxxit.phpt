--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads the voxxit/opensrs fixtures: nested assoc, dt_array, dt_scalar, balance reply
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
function decode_file(string $name): mixed
{
    return WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file("opensrs/$name"));
}

/* The libxml and nokogiri fixtures differ only in their XML declaration. */
foreach (['libxml', 'nokogiri'] as $flavour) {
    var_dump(decode_file("voxxit_{$flavour}_xml.xml") === ['foo' => ['bar' => 'baz']]);
    var_dump(decode_file("voxxit_{$flavour}_xml_with_credentials.xml") === [
        'foo' => ['bar' => 'baz', 'reg_username' => 'donaldduck', 'reg_password' => 'secret123'],
        'monkeys' => ['bar' => 'foo', 'reg_username' => 'mickeymouse', 'reg_password' => 'secret456'],
    ]);
    $sanitized = decode_file("voxxit_{$flavour}_xml_with_sanitized_credentials.xml");
    var_dump($sanitized['foo']['reg_password'], $sanitized['monkeys']['reg_username']);
}

$balance = decode_file('voxxit_parse_balance_reply.xml');
var_dump($balance['is_success'], $balance['response_code'], $balance['response_text']);
var_dump($balance['attributes'] === ['balance' => '8549.18', 'hold_balance' => '1676.05']);
var_dump(array_keys($balance));

/* A dt_array comes back as a PHP list. */
$list = decode_file('voxxit_parse_dt_array_domain_list.xml');
var_dump($list === ['domain_list' => ['ns1.example.com', 'ns2.example.com', 'ns3.example.com']]);
var_dump(array_is_list($list['domain_list']));

/* A top-level dt_scalar is a plain string. */
var_dump(decode_file('voxxit_parse_dt_scalar_response.xml'));

$contacts = decode_file('voxxit_parse_nested_contact_set.xml');
var_dump($contacts['contact_set']['owner'] === ['first_name' => 'Tom', 'last_name' => 'Jones']);
var_dump($contacts['contact_set']['tech']['last_name']);
?>
--EXPECT--
bool(true)
bool(true)
string(8) "FILTERED"
string(8) "FILTERED"
bool(true)
bool(true)
string(8) "FILTERED"
string(8) "FILTERED"
string(1) "1"
string(3) "200"
string(18) "Command successful"
bool(true)
array(7) {
  [0]=>
  string(8) "protocol"
  [1]=>
  string(6) "action"
  [2]=>
  string(6) "object"
  [3]=>
  string(10) "is_success"
  [4]=>
  string(13) "response_code"
  [5]=>
  string(13) "response_text"
  [6]=>
  string(10) "attributes"
}
bool(true)
bool(true)
string(9) "Tom Jones"
bool(true)
string(5) "Smith"
