--TEST--
transport "local" outside WHMCS (no localAPI()) is a TransportException that says so; bad transport values are refused
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs.transport=local
--FILE--
<?php
function attempt(Closure $call): void
{
    try {
        $call();
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

/* Forced by the ini setting, and by the option over a URL. */
attempt(static fn () => delete_user_client(2, 1));
ini_set('whmcs.transport', 'auto');
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['transport' => 'local', 'url' => 'http://127.0.0.1:9/']));
/* "auto" without localAPI() and without a URL: HTTP, which needs the URL. */
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers'));

/* Only auto, http and local, in any case. */
var_dump(ini_set('whmcs.transport', 'soap'), ini_get('whmcs.transport'));
var_dump(ini_set('whmcs.transport', 'Local'), ini_get('whmcs.transport'));
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['transport' => 'curl']));
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['transport' => true]));
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['admin_user' => false]));
/* OpenSRS has no such options. */
attempt(static fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['transport' => 'local']));
attempt(static fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['admin_user' => 'x']));

/* Once WHMCS has defined localAPI(), the same call runs. (Declared inside
 * a block, so that it exists only from here on.) */
if (!function_exists('localAPI')) {
    function localAPI(string $command, array $postData, string $adminUser = ''): array
    {
        return ['result' => 'success', 'ran' => $command];
    }
}
attempt(static fn () => var_dump(WhmcsOpensrs\whmcs_api('GetUsers')['ran']));
?>
--EXPECT--
WhmcsOpensrs\TransportException: transport "local" needs WHMCS's localAPI(), which is not defined: this code does not run inside WHMCS (outside it, set whmcs.url or the option "url" and use transport "http"); the request was not sent
WhmcsOpensrs\TransportException: transport "local" needs WHMCS's localAPI(), which is not defined: this code does not run inside WHMCS (outside it, set whmcs.url or the option "url" and use transport "http"); the request was not sent
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be set (or the ini setting whmcs.url)
bool(false)
string(4) "auto"
string(4) "auto"
string(5) "Local"
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "transport" must be "auto", "http" or "local"
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "transport" must be of type string, bool given
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "admin_user" must be of type string, bool given
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) contains unknown option "transport"
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) contains unknown option "admin_user"
string(8) "GetUsers"
no exception
