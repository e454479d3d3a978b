--TEST--
A 302 is not followed: ProtocolException naming the Location, with HTTP status 302
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(['mode' => 'redirect'] + wo_whmcs_fixture());

try {
    delete_user_client(2, 1, $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
?>
--EXPECT--
class: WhmcsOpensrs\ProtocolException
message: HTTP 302 redirect to https://billing.example.test/whmcs/includes/api.php: redirects are not followed, set the URL to the final address
code: 0
status: 302
secrets: none leaked
