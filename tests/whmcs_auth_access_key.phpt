--TEST--
The access key lets a caller outside the IP allow list in; a wrong one is "Invalid Access Key" (403)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(['allowed_ips' => ['203.0.113.7']] + wo_whmcs_fixture());

var_dump(delete_user_client(2, 1, ['access_key' => WO_WHMCS_ACCESS_KEY] + $server['options']));
parse_str(wo_whmcs_last_request($server)['body'], $sent);
var_dump($sent['accesskey'] === WO_WHMCS_ACCESS_KEY, count(wo_whmcs_state_links($server)));

echo "-- wrong access key\n";
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['access_key' => 'wrong-ACCESSKEY-7c61'] + $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
?>
--EXPECT--
bool(true)
bool(true)
int(2)
-- wrong access key
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid Access Key
code: 0
status: 403
response: {"result":"error","message":"Invalid Access Key"}
secrets: none leaked
