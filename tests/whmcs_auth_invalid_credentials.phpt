--TEST--
WHMCS API credentials refused: WhmcsAuthException "Invalid or missing credentials" with HTTP 403
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());

echo "-- wrong secret\n";
try {
    delete_user_client(2, 1, ['secret' => 'wrong-SECRET-0d9e8c'] + $server['options']);
} catch (WhmcsOpensrs\WhmcsException $e) {
    wo_whmcs_report($e);
}

echo "-- unknown identifier\n";
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['identifier' => 'nobody'] + $server['options']);
} catch (WhmcsOpensrs\WhmcsException $e) {
    wo_whmcs_report($e);
}

/* The link is still there. */
var_dump(count(wo_whmcs_state_links($server)));
?>
--EXPECT--
-- wrong secret
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid or missing credentials
code: 0
status: 403
response: {"result":"error","message":"Invalid or missing credentials"}
secrets: none leaked
-- unknown identifier
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid or missing credentials
code: 0
status: 403
response: {"result":"error","message":"Invalid or missing credentials"}
secrets: none leaked
int(3)
