--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads empty items (<item/>, <item></item>, single-quoted keys) as "", empty containers as [], blank text as sent
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
/* Items in an unusual order, and no newline at the end of the document. */
$xml = wo_fixture('ops/reply_empty_items.xml');
var_dump(str_ends_with($xml, '</OPS_envelope>'));
$r = WhmcsOpensrs\opensrs_ops_decode($xml);
var_dump(array_keys($r), $r['response_code']);
var_dump($r['attributes']);
?>
--EXPECT--
bool(true)
array(7) {
  [0]=>
  string(13) "response_text"
  [1]=>
  string(10) "is_success"
  [2]=>
  string(10) "attributes"
  [3]=>
  string(13) "response_code"
  [4]=>
  string(8) "protocol"
  [5]=>
  string(6) "action"
  [6]=>
  string(6) "object"
}
string(3) "211"
array(7) {
  ["status"]=>
  string(5) "taken"
  ["reason"]=>
  string(0) ""
  ["permission"]=>
  string(0) ""
  ["encoding_type"]=>
  string(0) ""
  ["noservice"]=>
  array(0) {
  }
  ["nameservers"]=>
  array(0) {
  }
  ["blank"]=>
  string(3) "   "
}
