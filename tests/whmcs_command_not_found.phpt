--TEST--
An action WHMCS does not have: WhmcsException "Command Not Found" (not an auth error), HTTP 400
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start();

try {
    WhmcsOpensrs\whmcs_api('GetToDoList', ['status' => 'Incomplete'], $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
    var_dump($e instanceof WhmcsOpensrs\WhmcsAuthException);
}
?>
--EXPECT--
class: WhmcsOpensrs\WhmcsException
message: Command Not Found
code: 0
status: 400
response: {"result":"error","message":"Command Not Found"}
secrets: none leaked
bool(false)
