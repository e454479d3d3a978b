--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads a domain's nested contact set and name server list, each entry's items in document order
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
$r = wo_fixture_decode('reply_domain_contact_set.xml');
$contacts = $r['attributes']['contact_set'];
var_dump(array_keys($contacts));
foreach ($contacts as $role => $contact) {
    echo "$role: ", count($contact), ' fields, first ', array_key_first($contact), ', ',
        "$contact[first_name] $contact[last_name] <$contact[email]> $contact[phone]|$contact[fax]|$contact[address3]\n";
}
var_dump($contacts['billing']['org_name'], $contacts['tech']['postal_code']);

$ns = $r['attributes']['nameserver_list'];
var_dump(count($ns), array_is_list($ns), $ns[2]['name']);
var_dump($ns[4] === ['ipaddress' => '203.0.113.5', 'sortorder' => '5', 'name' => 'ns5.example.com']);
var_dump(array_column($ns, 'ipaddress', 'sortorder'));
?>
--EXPECT--
array(4) {
  [0]=>
  string(5) "owner"
  [1]=>
  string(5) "admin"
  [2]=>
  string(7) "billing"
  [3]=>
  string(4) "tech"
}
owner: 14 fields, first first_name, Grace Hopper <grace@example.com> +1.4165550100||
admin: 14 fields, first email, Alan Turing <alan@example.com> +1.4165550101||
billing: 14 fields, first last_name, Bill Payne <accounts@example.com> +1.4165550102x7||
tech: 14 fields, first country, Tess Nakamura <ops@example.com> +1.4165550103||
string(22) "Harbour Light Accounts"
string(7) "M5J 2N3"
int(5)
bool(true)
string(15) "ns3.example.org"
bool(true)
array(5) {
  [1]=>
  string(9) "192.0.2.1"
  [2]=>
  string(9) "192.0.2.2"
  [3]=>
  string(12) "198.51.100.3"
  [4]=>
  string(12) "198.51.100.4"
  [5]=>
  string(11) "203.0.113.5"
}
