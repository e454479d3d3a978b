--TEST--
WhmcsOpensrs\opensrs_ops_decode() keeps item keys with spaces (inside, leading and trailing) as sent
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
$r = wo_fixture_decode('reply_keys_with_spaces.xml');
var_dump($r['attributes']);
/* And back: the keys are written as attribute values and read again unchanged. */
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode($r)) === $r);
?>
--EXPECT--
array(5) {
  ["order_id"]=>
  string(7) "4810240"
  ["registration expiration date"]=>
  string(19) "2031-03-14 09:26:53"
  ["auto renew"]=>
  string(1) "0"
  [" padded key "]=>
  string(12) "kept as sent"
  ["admin_email"]=>
  string(19) "billing@example.com"
}
bool(true)
