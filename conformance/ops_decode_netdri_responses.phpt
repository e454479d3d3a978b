--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads Net-DRI's XCP replies: empty items, keys with spaces, multi-line text kept exactly, codes 300 and 435
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
function decode_file(string $name): mixed
{
    return WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file("opensrs/$name"));
}

echo "-- 00: list of expiring domains\n";
$r = decode_file('netdri_xcp_t_response_00.xml');
var_dump($r['is_success'], $r['response_code'], $r['attributes']['total']);
var_dump($r['attributes']['exp_domains'] === [
    ['f_let_expire' => 'N', 'name' => 'katarina.biz', 'expiredate' => '2007-12-18 23:59:59', 'f_auto_renew' => 'N'],
    ['name' => 'kristina.cn', 'expiredate' => '2007-12-18 23:59:59', 'f_let_expire' => 'N', 'f_auto_renew' => 'N'],
]);

echo "-- 01: self-closing items are empty strings\n";
$r = decode_file('netdri_xcp_t_response_01.xml');
var_dump($r['attributes']['permission'], $r['attributes']['encoding_type']);
var_dump($r['attributes']['cookie'], $r['attributes']['domain_count'], count($r['attributes']));

echo "-- 02: contact set and name servers\n";
$r = decode_file('netdri_xcp_t_response_02.xml');
var_dump(array_keys($r['attributes']['contact_set']));
var_dump($r['attributes']['contact_set']['billing']['first_name'], $r['attributes']['contact_set']['tech']['email']);
var_dump($r['attributes']['contact_set']['owner']['phone'], count($r['attributes']['contact_set']['admin']));
$ns = $r['attributes']['nameserver_list'];
var_dump(count($ns), array_is_list($ns), $ns[2]['name'], $ns[4] === [
    'ipaddress' => '24.22.23.25', 'sortorder' => '5', 'name' => 'qa2.mytestingprofile.com',
]);

echo "-- 03: multi-line text, nested failure with code 300\n";
$r = decode_file('netdri_xcp_t_response_03.xml');
var_dump($r['response_text'] === "\nDomain registration successfully completed.\n"
    . "WHOIS Privacy service cannot be applied to your account.\n"
    . "Please contact X for more information.\nDomain successfully locked.\n");
var_dump($r['attributes']['registration_text'] === "Domain registration\n"
    . "successfully completed. WHOIS Privacy service cannot be applied to your\n"
    . "account. Please contact X for more\ninformation. Domain successfully locked.");
var_dump($r['attributes']['cancelled_orders'], $r['attributes']['id']);
$privacy = $r['attributes']['whois_privacy'];
var_dump($privacy['response_code'], $privacy['is_success'], $privacy['order_id']);
var_dump($privacy['response_text'] === "WHOIS_Privacy service\n"
    . "cannot be applied to your account. Please contact X\nfor more information.");

echo "-- 04: code 435, indentation inside the text kept\n";
$r = decode_file('netdri_xcp_t_response_04.xml');
var_dump($r['is_success'], $r['response_code']);
var_dump($r['response_text'] === "\n               Request failed validation: Name server\n"
    . "               'dns1.example.com' is not found at the registry. Please double check\n"
    . "               the nameserver and re-submit.\n"
    . "               Name server 'dns2.example.com' is not found at the\n"
    . "               registry. Please double check the nameserver and re-submit.\n            ");
var_dump(str_starts_with($r['attributes']['registration_text'], "\n                        Request failed"));
var_dump($r['attributes']['forced_pending']);

echo "-- 05: a key with spaces\n";
$r = decode_file('netdri_xcp_t_response_05.xml');
var_dump($r['attributes']['registration expiration date'], $r['attributes']['order_id']);

echo "-- 06 to 09\n";
$r = decode_file('netdri_xcp_t_response_06.xml');
var_dump($r['attributes'], $r['response_text']);
$r = decode_file('netdri_xcp_t_response_07.xml');
var_dump($r['attributes']['registration_text'], $r['attributes']['id']);
$r = decode_file('netdri_xcp_t_response_08.xml');
var_dump($r['attributes']['status'], $r['attributes']['request_address'], $r['attributes']['timestamp']);
$r = decode_file('netdri_xcp_t_response_09.xml');
var_dump($r === [
    'protocol' => 'XCP',
    'action' => 'REPLY',
    'object' => 'TRANSFER',
    'response_text' => 'Transfer with order id: 3533098 has been canceled.',
    'is_success' => '1',
    'response_code' => '200',
]);
?>
--EXPECT--
-- 00: list of expiring domains
string(1) "1"
string(3) "200"
string(1) "2"
bool(true)
-- 01: self-closing items are empty strings
string(0) ""
string(0) ""
string(16) "24128866:3210384"
string(3) "131"
int(9)
-- 02: contact set and name servers
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
string(4) "Bill"
string(17) "techie@catmas.com"
string(18) "+1.4165550123x1902"
int(14)
int(5)
bool(true)
string(28) "patrick.mytestingprofile.com"
bool(true)
-- 03: multi-line text, nested failure with code 300
bool(true)
bool(true)
array(2) {
  [0]=>
  string(7) "3764860"
  [1]=>
  string(7) "3764861"
}
string(7) "3735281"
string(3) "300"
string(1) "0"
string(0) ""
bool(true)
-- 04: code 435, indentation inside the text kept
string(1) "0"
string(3) "435"
bool(true)
bool(true)
string(7) "3735283"
-- 05: a key with spaces
string(19) "2006-01-08 15:35:00"
string(7) "3511417"
-- 06 to 09
array(2) {
  ["charge"]=>
  string(1) "0"
  ["price"]=>
  string(5) "undef"
}
string(37) "Domain test.com revoked successfully."
string(43) "Transfer request has been successfully sent"
string(7) "3735288"
string(13) "pending_owner"
string(0) ""
string(23) "Wed May 4 09:36:06 2005"
bool(true)
