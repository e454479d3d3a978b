--TEST--
WhmcsOpensrs\opensrs_ops_decode() turns &amp; &lt; &gt; and character references into their characters and keeps UTF-8 as it is
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
$r = wo_fixture_decode('reply_balance_escaped_text.xml');
var_dump($r['response_text'], $r['response_text'] === "Balance & holds for Caf\u{e9} R\u{e9}sum\u{e9} <reseller>");
var_dump($r['attributes']);
?>
--EXPECT--
string(45) "Balance & holds for Café Résumé <reseller>"
bool(true)
array(3) {
  ["balance"]=>
  string(7) "2417.50"
  ["hold_balance"]=>
  string(6) "312.25"
  ["offer_url"]=>
  string(45) "https://www.example.com/offer?lang=en&domain="
}
