--TEST--
opensrs.reseller_username, opensrs.api_key and opensrs.endpoint configure the calls; an option wins over its ini setting
--EXTENSIONS--
whmcs_opensrs
--INI--
opensrs.reseller_username=wo_reseller_rick
opensrs.api_key=KEY-9f2c71e0-never-print-me-OpenSRS
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
ini_set('opensrs.endpoint', $server['url']);

$reply = WhmcsOpensrs\opensrs_request('add', 'subuser',
    ['domain' => 'example.com', 'sub_username' => 'ini-user', 'sub_password' => 'x-1', 'sub_permission' => 1],
    ['domain' => 'example.com', 'username' => 'domainowner']);
echo $reply['response_code'], "\n";
echo opensrs_delete_subuser('example.com', (int) $reply['attributes']['id'], 'domainowner')['response_code'], "\n";
var_dump(wo_opensrs_last_request($server['state'])['x_username']);

try {
    opensrs_delete_subuser('example.com', 1, 'domainowner', ['api_key' => 'KEY-option-overrides-ini']);
} catch (WhmcsOpensrs\OpensrsAuthException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    opensrs_delete_subuser('example.com', 1, 'domainowner', ['reseller_username' => 'wo_reseller_morty']);
} catch (WhmcsOpensrs\OpensrsAuthException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(wo_opensrs_last_request($server['state'])['x_username']);
?>
--EXPECT--
200
200
string(16) "wo_reseller_rick"
WhmcsOpensrs\OpensrsAuthException: Authentication Failed
WhmcsOpensrs\OpensrsAuthException: Authentication Failed
string(17) "wo_reseller_morty"
