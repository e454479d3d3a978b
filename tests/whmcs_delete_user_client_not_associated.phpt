--TEST--
delete_user_client(): a user not linked to the client is "User is not associated with client"
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());
$before = wo_whmcs_state_links($server);

try {
    delete_user_client(3, 1, $server['options']);
    echo "no exception\n";
} catch (Throwable $e) {
    wo_whmcs_report($e);
}
/* Nothing changed on the server. */
var_dump(wo_whmcs_state_links($server) === $before);
?>
--EXPECT--
class: WhmcsOpensrs\WhmcsException
message: User is not associated with client
code: 0
status: 200
response: {"result":"error","message":"User is not associated with client"}
secrets: none leaked
bool(true)
