--TEST--
WhmcsOpensrs\opensrs_ops_decode() keeps multi-line texts exactly as sent: line breaks, indentation, leading and trailing newlines
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';

echo "-- unindented reply, text opening and closing with a newline\n";
$r = wo_fixture_decode('reply_200_privacy_refused_300.xml');
var_dump($r['response_text'] === "\nRegistration of example.org completed.\n"
    . "WHOIS privacy could not be added to the order.\n"
    . "Ask the reseller to enable it.\nThe domain is now locked.\n");
var_dump($r['attributes']['registration_text'] === "Registration of example.org\n"
    . "completed. WHOIS privacy could not be added to the\n"
    . "order. Ask the reseller\nto enable it. The domain is now locked.");
var_dump($r['attributes']['whois_privacy']['response_text'] === "WHOIS privacy\n"
    . "could not be added to the order. Ask the reseller\nto enable it.");

echo "-- indented reply: the indentation inside the text is part of it\n";
$r = wo_fixture_decode('reply_435_nameservers_unknown.xml');
var_dump($r['response_text'] === "\n               Order refused by validation: the host\n"
    . "               'ns1.example.net' is unknown at the registry. Create the host\n"
    . "               there first, then send the order again.\n"
    . "               The host 'ns2.example.net' is unknown at the\n"
    . "               registry. Create the host there first, then send the order again.\n            ");
var_dump($r['attributes']['registration_text'] === "\n                        Order refused by validation: the host\n"
    . "                     'ns1.example.net' is unknown at the registry.\n"
    . "                     The host 'ns2.example.net' is unknown at the registry.\n                  ");
/* Blanks between elements are layout, not values. */
var_dump(array_keys($r['attributes']));
?>
--EXPECT--
-- unindented reply, text opening and closing with a newline
bool(true)
bool(true)
bool(true)
-- indented reply: the indentation inside the text is part of it
bool(true)
bool(true)
array(4) {
  [0]=>
  string(17) "registration_text"
  [1]=>
  string(17) "registration_code"
  [2]=>
  string(2) "id"
  [3]=>
  string(14) "forced_pending"
}
