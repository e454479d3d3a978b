--TEST--
WHMCS error whose message holds a NUL byte: the message ends there, and is never empty
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

/*
 * "\u0000" is valid JSON. The exception message is a C string, so it ends
 * at the NUL; a message that starts with one would have been empty (found
 * by the WHMCS answer fuzzer: fuzz/whmcs_regressions/
 * error_message_starting_with_nul.bin).
 */
$server = wo_whmcs_start();
$cases = [
    'NUL first' => '{"result":"error","message":"\u0000Invalid user id"}',
    'NUL inside' => '{"result":"error","message":"Invalid user id\u0000 (ignored)"}',
    'NUL before an auth message' => '{"result":"error","message":"\u0000Authentication Failed"}',
];
foreach ($cases as $name => $body) {
    echo "-- $name\n";
    wo_whmcs_update($server, ['mode' => 'canned', 'canned' => ['status' => 200, 'body_base64' => base64_encode($body)]]);
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], $server['options']);
    } catch (WhmcsOpensrs\Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
        echo 'response message: ', json_encode($e->getResponse()['message']), "\n";
    }
}
?>
--EXPECT--
-- NUL first
WhmcsOpensrs\WhmcsException: WHMCS reported an error without a message
response message: "\u0000Invalid user id"
-- NUL inside
WhmcsOpensrs\WhmcsException: Invalid user id
response message: "Invalid user id\u0000 (ignored)"
-- NUL before an auth message
WhmcsOpensrs\WhmcsException: WHMCS reported an error without a message
response message: "\u0000Authentication Failed"
