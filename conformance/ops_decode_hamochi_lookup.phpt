--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads go-opensrs's lookup replies: available, taken with an empty reason, has_claim
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
function decode_file(string $name): mixed
{
    return WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file("opensrs/$name"));
}

var_dump(decode_file('hamochi_domain.lookup.example1a.xml') === [
    'action' => 'REPLY',
    'object' => 'DOMAIN',
    'protocol' => 'XCP',
    'is_success' => '1',
    'response_text' => 'Domain available',
    'response_code' => '210',
    'attributes' => ['status' => 'available'],
]);

/* <item key="reason"></item>: an empty string, not a missing key. */
$taken = decode_file('hamochi_domain.lookup.example1b.xml');
var_dump($taken['response_code'], $taken['attributes']);

/* Items in another order; the document has no trailing newline. */
$claim = decode_file('hamochi_domain.lookup.example2.xml');
var_dump(array_keys($claim), $claim['attributes']['has_claim']);
?>
--EXPECT--
bool(true)
string(3) "211"
array(2) {
  ["status"]=>
  string(5) "taken"
  ["reason"]=>
  string(0) ""
}
array(7) {
  [0]=>
  string(8) "protocol"
  [1]=>
  string(6) "object"
  [2]=>
  string(13) "response_text"
  [3]=>
  string(6) "action"
  [4]=>
  string(10) "attributes"
  [5]=>
  string(13) "response_code"
  [6]=>
  string(10) "is_success"
}
string(1) "1"
