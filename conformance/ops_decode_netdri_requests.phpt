--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads Net-DRI's XCP requests (set cookie, get domain, renew, check transfer)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
function decode_file(string $name): mixed
{
    return WhmcsOpensrs\opensrs_ops_decode(wo_conformance_file("opensrs/$name"));
}

var_dump(decode_file('netdri_xcp_t_request_01.xml') === [
    'action' => 'set',
    'object' => 'cookie',
    'protocol' => 'XCP',
    'registrant_ip' => '216.40.46.115',
    'attributes' => ['domain' => 'whatever.com', 'reg_password' => 'aaaa', 'reg_username' => 'aaaa'],
]);

$get = decode_file('netdri_xcp_t_request_02.xml');
var_dump($get['cookie'], $get['attributes']);

$renew = decode_file('netdri_xcp_t_request_05.xml');
var_dump($renew['action'], $renew['attributes'] === [
    'auto_renew' => '1',
    'currentexpirationyear' => '2009',
    'domain' => 'example.com',
    'handle' => 'process',
    'period' => '5',
]);

$check = decode_file('netdri_xcp_t_request_08.xml');
var_dump($check['action'], $check['attributes']['domain'], count($check['attributes']));
?>
--EXPECT--
bool(true)
string(16) "24128866:3210384"
array(1) {
  ["type"]=>
  string(8) "all_info"
}
string(5) "renew"
bool(true)
string(14) "check_transfer"
string(10) "catmas.com"
int(3)
