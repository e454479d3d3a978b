--TEST--
A caller outside the API IP allow list: WhmcsAuthException "Invalid IP 127.0.0.1" with HTTP 403
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(['allowed_ips' => ['203.0.113.7']] + wo_whmcs_fixture());

try {
    delete_user_client(2, 1, $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
var_dump(count(wo_whmcs_state_links($server)));
?>
--EXPECT--
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid IP 127.0.0.1 (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
code: 0
status: 403
response: {"result":"error","message":"Invalid IP 127.0.0.1"}
secrets: none leaked
int(3)
