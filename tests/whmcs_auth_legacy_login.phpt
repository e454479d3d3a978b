--TEST--
Legacy admin login: the password goes out as its md5; a wrong one is "Authentication Failed" (403)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());
$legacy = ['url' => $server['url'], 'username' => WO_WHMCS_ADMIN, 'password' => WO_WHMCS_ADMIN_PASSWORD];

var_dump(delete_user_client(2, 1, $legacy));
parse_str(wo_whmcs_last_request($server)['body'], $sent);
var_dump($sent['username'] === WO_WHMCS_ADMIN, $sent['password'] === md5(WO_WHMCS_ADMIN_PASSWORD),
    isset($sent['identifier']) || isset($sent['secret']),
    str_contains(wo_whmcs_last_request($server)['body'], WO_WHMCS_ADMIN_PASSWORD));

echo "-- wrong password\n";
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['password' => 'wrong-ADMINPW-44aa01'] + $legacy);
} catch (WhmcsOpensrs\WhmcsException $e) {
    wo_whmcs_report($e);
}

echo "-- identifier and secret win over username and password\n";
$both = $legacy + ['identifier' => WO_WHMCS_IDENTIFIER, 'secret' => WO_WHMCS_SECRET];
var_dump(WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 1], $both)['numreturned']);
parse_str(wo_whmcs_last_request($server)['body'], $sent);
var_dump(isset($sent['username']), isset($sent['password']), $sent['identifier'] === WO_WHMCS_IDENTIFIER);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
-- wrong password
class: WhmcsOpensrs\WhmcsAuthException
message: Authentication Failed
code: 0
status: 403
response: {"result":"error","message":"Authentication Failed"}
secrets: none leaked
-- identifier and secret win over username and password
int(1)
bool(false)
bool(false)
bool(true)
