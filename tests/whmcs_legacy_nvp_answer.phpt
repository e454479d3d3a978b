--TEST--
An answer in WHMCS's legacy "key=value;" format is not JSON: ProtocolException quoting it
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(['mode' => 'nvp'] + wo_whmcs_fixture());

try {
    delete_user_client(99, 1, $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
?>
--EXPECT--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 200): "result=error;message=Invalid user id"
code: 0
status: 200
secrets: none leaked
