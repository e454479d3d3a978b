--TEST--
whmcs.* ini settings supply the URL and credentials; an option wins over its ini setting
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs.identifier=wo-ident-D41c9b
whmcs.secret=wo-SECRET-7f3e1a9c5d
whmcs.access_key=wo-ACCESSKEY-95c7f2
whmcs.timeout=15
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(['allowed_ips' => ['203.0.113.7']] + wo_whmcs_fixture());

/* whmcs.url may be changed at run time; the credentials only in php.ini. */
var_dump(ini_set('whmcs.url', $server['url']) !== false);
var_dump(ini_set('whmcs.secret', 'x'));

/* Everything from ini: outside the allow list, let in by the access key. */
var_dump(delete_user_client(2, 1));
parse_str(wo_whmcs_last_request($server)['body'], $sent);
var_dump($sent['identifier'] === WO_WHMCS_IDENTIFIER, $sent['secret'] === WO_WHMCS_SECRET,
    $sent['accesskey'] === WO_WHMCS_ACCESS_KEY);

/* An option wins over its ini setting. */
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['secret' => 'wrong-SECRET-0d9e8c']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['access_key' => 'wrong-ACCESSKEY-7c61']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid or missing credentials
code: 0
status: 403
response: {"result":"error","message":"Invalid or missing credentials"}
secrets: none leaked
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid Access Key
code: 0
status: 403
response: {"result":"error","message":"Invalid Access Key"}
secrets: none leaked
