--TEST--
An API role without the action: WhmcsAuthException "Invalid Permissions: ..." (403), quotes sent as \u0022
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$state = wo_whmcs_state(wo_whmcs_fixture());
$state['api_credentials'][0]['allowed_actions'] = ['getusers'];
$server = wo_whmcs_start($state);

/* Allowed by the role. */
var_dump(WhmcsOpensrs\whmcs_api('GetUsers', [], $server['options'])['totalresults']);

try {
    delete_user_client(2, 1, $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
var_dump(count(wo_whmcs_state_links($server)));
?>
--EXPECT--
int(3)
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid Permissions: API action "deleteuserclient" is not allowed
code: 0
status: 403
response: {"result":"error","message":"Invalid Permissions: API action \"deleteuserclient\" is not allowed"}
secrets: none leaked
int(3)
