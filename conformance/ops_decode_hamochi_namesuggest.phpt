--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads go-opensrs's name-suggest replies, the 49 KB one included, with every count and entry in place
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
function decode_file(string $name): mixed
{
    return WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file("opensrs/$name"));
}
function counts(array $reply): string
{
    $out = [];
    foreach ($reply['attributes'] as $service => $part) {
        $out[] = "$service=" . $part['count'] . '/' . count($part['items']);
    }
    return implode(' ', $out);
}

echo "-- example1 (49 KB)\n";
$xml = wo_conformance_file('opensrs/hamochi_domain.namesuggest.example1.xml');
var_dump(strlen($xml) > 48000);
$r = WhmcsOpensrs\opensrs_ops_decode($xml);
echo counts($r), "\n";
var_dump($r['request_response_time'], $r['is_search_completed']);
$items = $r['attributes']['suggestion']['items'];
var_dump(array_is_list($items));
var_dump($items[0] === ['status' => 'available', 'domain' => 'bestsearchstring.com']);
var_dump($items[47]['domain'], $items[95]['domain']);
var_dump(count(array_filter($items, fn($i) => $i['status'] === 'available')));
var_dump($r['attributes']['premium']['items'][0] === ['status' => 'available', 'domain' => 'searchstring.net', 'price' => '5499']);
var_dump($r['attributes']['premium']['items'][12]['price']);
var_dump(array_column($r['attributes']['lookup']['items'], 'status', 'domain'));
/* An empty dt_array is an empty PHP array. */
var_dump($r['attributes']['personal_names']['items']);

echo "-- example2, 3, 5, 6, 8, 9, 10\n";
foreach ([2, 3, 5, 6, 8, 9, 10] as $n) {
    echo "$n: ", counts(decode_file("hamochi_domain.namesuggest.example$n.xml")), "\n";
}
$r = decode_file('hamochi_domain.namesuggest.example3.xml');
var_dump($r['attributes']['premium']['response_text'], $r['attributes']['premium']['items'][3]);
var_dump(decode_file('hamochi_domain.namesuggest.example6.xml')['search_key']);
$r = decode_file('hamochi_domain.namesuggest.example9.xml');
var_dump($r['response_text'] === "Command completed\n                    successfully");
var_dump($r['attributes']['lookup']['items'][0]['has_claim']);
/* &amp; in the text is a plain '&'. */
$r = decode_file('hamochi_domain.namesuggest.example10.xml');
var_dump($r['attributes']['premium_make_offer']['items'][2]['third_party_offer_url']);

echo "-- example7: counts from the vendor, items cut short in the docs\n";
echo counts(decode_file('hamochi_domain.namesuggest.example7.xml')), "\n";
?>
--EXPECT--
-- example1 (49 KB)
bool(true)
suggestion=96/96 personal_names=0/0 premium=13/13 lookup=5/5
string(5) "0.693"
string(1) "1"
bool(true)
bool(true)
string(25) "bestsearchheartstring.com"
string(19) "findheartstring.org"
int(96)
bool(true)
string(4) "2984"
array(5) {
  ["searchstring.com"]=>
  string(5) "taken"
  ["searchstring.org"]=>
  string(9) "available"
  ["search-string.com"]=>
  string(9) "available"
  ["search-string.net"]=>
  string(9) "available"
  ["search-string.org"]=>
  string(9) "available"
}
array(0) {
}
-- example2, 3, 5, 6, 8, 9, 10
2: lookup=8/8 suggestion=22/22
3: premium=4/4
5: lookup=1/1 suggestion=10/10
6: lookup=8/8 personal_names=5/5 suggestion=48/48
8: premium=2/2
9: lookup=1/1
10: lookup=3/3 premium_brokered_transfer=2/2 premium=15/15 premium_make_offer=3/3
string(0) ""
array(3) {
  ["domain"]=>
  string(8) "abcd.com"
  ["status"]=>
  string(9) "available"
  ["price"]=>
  string(7) "1523.45"
}
string(27) "Ko1fN8Fnw1qaCuFE1tc1daCaT1E"
bool(true)
string(1) "1"
string(76) "http://www.sedo.com/search/details.php4?language=us&partnerid=316601&domain="
-- example7: counts from the vendor, items cut short in the docs
lookup=84/4 premium=20/3 personal_names=6/3 suggestion=50/3
