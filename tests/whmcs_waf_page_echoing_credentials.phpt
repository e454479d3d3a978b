--TEST--
A block page that quotes the request (credentials included): the excerpt is withheld
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(['mode' => 'waf']);

/* API credentials, then the legacy login (its md5 is what is on the wire),
 * each with an access key. */
$with_key = ['access_key' => WO_WHMCS_ACCESS_KEY] + $server['options'];
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], $with_key);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
$legacy = ['url' => $server['url'], 'username' => WO_WHMCS_ADMIN, 'password' => WO_WHMCS_ADMIN_PASSWORD];
try {
    delete_user_client(2, 1, $legacy);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
?>
--EXPECT--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 403): "[excerpt withheld: the body repeats a credential]"
code: 0
status: 403
secrets: none leaked
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 403): "[excerpt withheld: the body repeats a credential]"
code: 0
status: 403
secrets: none leaked
