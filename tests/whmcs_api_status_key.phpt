--TEST--
WhmcsOpensrs\whmcs_api(): actions that answer "status" instead of "result" (GetEmails, GetPermissionsList)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());

/* GetPermissionsList says "status":"success". */
$list = WhmcsOpensrs\whmcs_api('GetPermissionsList', [], $server['options']);
var_dump($list['status'], count($list['permissions']['permission']));

/* GetEmails says "status":"error" for an unknown client. */
try {
    WhmcsOpensrs\whmcs_api('GetEmails', ['clientid' => 42], $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
var_dump(WhmcsOpensrs\whmcs_api('GetEmails', ['clientid' => 1], $server['options'])['result']);
?>
--EXPECT--
string(7) "success"
int(13)
class: WhmcsOpensrs\WhmcsException
message: Client ID Not Found
code: 0
status: 200
response: {"status":"error","message":"Client ID Not Found"}
secrets: none leaked
string(7) "success"
