--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads a failed reply (435) and a successful one carrying a nested failure (300) with every code, id and list in place
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';

echo "-- 435 at the top\n";
$r = wo_fixture_decode('reply_435_nameservers_unknown.xml');
var_dump($r['is_success'], $r['response_code'], $r['object']);
var_dump($r['attributes']['registration_code'], $r['attributes']['id'], $r['attributes']['forced_pending']);

echo "-- 200 at the top, 300 inside\n";
$r = wo_fixture_decode('reply_200_privacy_refused_300.xml');
var_dump($r['is_success'], $r['response_code'], $r['attributes']['registration_code'], $r['attributes']['id']);
var_dump($r['attributes']['cancelled_orders'], $r['attributes']['admin_email']);
$privacy = $r['attributes']['whois_privacy'];
var_dump(array_keys($privacy), $privacy['response_code'], $privacy['is_success'], $privacy['order_id']);
?>
--EXPECT--
-- 435 at the top
string(1) "0"
string(3) "435"
string(6) "DOMAIN"
string(3) "435"
string(7) "4810227"
string(7) "4810227"
-- 200 at the top, 300 inside
string(1) "1"
string(3) "200"
string(3) "200"
string(7) "4810226"
array(2) {
  [0]=>
  string(7) "4810301"
  [1]=>
  string(7) "4810302"
}
string(22) "hostmaster@example.org"
array(4) {
  [0]=>
  string(13) "response_text"
  [1]=>
  string(8) "order_id"
  [2]=>
  string(13) "response_code"
  [3]=>
  string(10) "is_success"
}
string(3) "300"
string(1) "0"
string(0) ""
