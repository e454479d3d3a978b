--TEST--
An answer without an HTTP status line (HTTP/0.9, as some firewalls send): the body still decides, status 0
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$credentials = ['identifier' => WO_WHMCS_IDENTIFIER, 'secret' => WO_WHMCS_SECRET];

$url = wo_raw_server("<html><body><h1>Blocked</h1>Your address is not allowed.</body></html>");
try {
    delete_user_client(2, 1, ['url' => $url] + $credentials);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}

$url = wo_raw_server('{"result":"error","message":"Invalid IP 127.0.0.1"}');
try {
    delete_user_client(2, 1, ['url' => $url] + $credentials);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}

$url = wo_raw_server('{"result":"success"}');
var_dump(delete_user_client(2, 1, ['url' => $url] + $credentials));
?>
--EXPECT--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (no HTTP status line): "Blocked Your address is not allowed."
code: 0
status: 0
secrets: none leaked
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid IP 127.0.0.1 (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
code: 0
status: 0
response: {"result":"error","message":"Invalid IP 127.0.0.1"}
secrets: none leaked
bool(true)
