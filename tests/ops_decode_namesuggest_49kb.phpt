--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads a 49 KB name-suggest reply with every count, entry and item order in place
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
require __DIR__ . '/fixtures/make_namesuggest.php';
$xml = wo_fixture('ops/reply_namesuggest_49kb.xml');
/* The committed file is what its generator writes. */
var_dump($xml === wo_namesuggest_reply(), strlen($xml) > 48000);

$r = WhmcsOpensrs\opensrs_ops_decode($xml);
foreach ($r['attributes'] as $service => $part) {
    echo "$service: count ", $part['count'], ', ', count($part['items']), " items\n";
}
var_dump($r['request_response_time'], $r['is_search_completed'], array_key_last($r));

$items = $r['attributes']['suggestion']['items'];
var_dump(array_is_list($items));
/* Item order inside each entry follows the document. */
var_dump($items[0] === ['status' => 'available', 'domain' => 'tidewater.com']);
var_dump($items[1] === ['domain' => 'tidewater.net', 'status' => 'available']);
var_dump($items[47]['domain'], $items[95]['domain']);
var_dump(count(array_filter($items, fn($i) => $i['status'] === 'taken')));

$premium = $r['attributes']['premium']['items'];
var_dump($premium[0] === ['status' => 'available', 'domain' => 'tidewater.com', 'price' => '899']);
var_dump(array_keys($premium[2]), $premium[12]['price']);
var_dump(array_column($r['attributes']['lookup']['items'], 'status', 'domain'));
/* An empty dt_array is an empty PHP array. */
var_dump($r['attributes']['personal_names']['items']);
/* The whole value is what the generator encoded. */
var_dump($r === wo_namesuggest_value());
?>
--EXPECT--
bool(true)
bool(true)
suggestion: count 96, 96 items
personal_names: count 0, 0 items
premium: count 13, 13 items
lookup: count 5, 5 items
string(5) "0.481"
string(1) "1"
string(10) "is_success"
bool(true)
bool(true)
bool(true)
string(19) "thetidewatershop.io"
string(18) "gotidewatershop.io"
int(14)
bool(true)
array(3) {
  [0]=>
  string(5) "price"
  [1]=>
  string(6) "status"
  [2]=>
  string(6) "domain"
}
string(5) "25811"
array(5) {
  ["tidewater.com"]=>
  string(9) "available"
  ["tidewater.io"]=>
  string(5) "taken"
  ["tide-water.com"]=>
  string(5) "taken"
  ["tide-water.net"]=>
  string(9) "available"
  ["tide-water.org"]=>
  string(5) "taken"
}
array(0) {
}
bool(true)
