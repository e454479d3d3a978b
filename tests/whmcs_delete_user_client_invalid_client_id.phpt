--TEST--
delete_user_client(): a client that does not exist is "Invalid client id"
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());
$before = wo_whmcs_state_links($server);

try {
    delete_user_client(2, 99, $server['options']);
    echo "no exception\n";
} catch (Throwable $e) {
    wo_whmcs_report($e);
}
/* Nothing changed on the server. */
var_dump(wo_whmcs_state_links($server) === $before);
?>
--EXPECT--
class: WhmcsOpensrs\WhmcsException
message: Invalid client id
code: 0
status: 200
response: {"result":"error","message":"Invalid client id"}
secrets: none leaked
bool(true)
