--TEST--
Options: a string option takes an int or float as its decimal form, as PHP does in coercive mode; a bool, null or array is a TypeError naming the option, never its value
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';

/* A reseller whose username is all digits, as some are: a settings array
 * built in PHP may carry it as an int. Everything else comes as WHMCS hands
 * module settings over, as strings. */
$server = wo_opensrs_start(['reseller' => '40217']);
$settings = ['endpoint' => $server['url'], 'reseller_username' => 40217, 'api_key' => WO_OPENSRS_KEY,
             'timeout' => '30', 'connect_timeout' => '10', 'verify_tls' => 'on', 'max_response_size' => '1048576'];
$reply = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], $settings);
echo 'is_success ', $reply['is_success'], ', sent as X-Username: ',
    wo_opensrs_last_request($server['state'])['x_username'], "\n";

/* localAPI()'s admin user, as an int and a float. */
function localAPI(string $command, array $postData, string $adminUser = ''): array
{
    return ['result' => 'success', 'admin' => $adminUser];
}
foreach ([7, 2.5, 1e20] as $admin) {
    var_dump(WhmcsOpensrs\whmcs_api('GetUsers', [], ['admin_user' => $admin])['admin']);
}

/* No other type is a string: a bool for a key or a URL is a mistake. */
foreach (['api_key' => true, 'reseller_username' => false, 'endpoint' => null,
          'registrant_ip' => ['192.0.2.7']] as $name => $bad) {
    try {
        opensrs_delete_subuser('example.com', 5, 'domainowner', [$name => $bad] + $settings);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['secret' => new ArrayObject([])]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
is_success 1, sent as X-Username: 40217
string(1) "7"
string(3) "2.5"
string(7) "1.0E+20"
opensrs_delete_subuser(): Argument #4 ($options) option "api_key" must be of type string, bool given
opensrs_delete_subuser(): Argument #4 ($options) option "reseller_username" must be of type string, bool given
opensrs_delete_subuser(): Argument #4 ($options) option "endpoint" must be of type string, null given
opensrs_delete_subuser(): Argument #4 ($options) option "registrant_ip" must be of type string, array given
WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "secret" must be of type string, ArrayObject given
