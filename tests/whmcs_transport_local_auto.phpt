--TEST--
transport "auto": with no URL and a localAPI() (inside WHMCS), WhmcsOpensrs\whmcs_api() and delete_user_client() run in-process; a URL, or "http", means HTTP
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

/* WHMCS's signature: localAPI(string $command, array $postData, string $adminUser = ''). */
function localAPI(string $command, array $postData, string $adminUser = ''): array
{
    $GLOBALS['calls'][] = ['command' => $command, 'postData' => $postData, 'args' => func_num_args(),
        'adminUser' => $adminUser];
    return ['result' => 'success', 'command' => $command, 'echo' => $postData];
}

function last_call(): string
{
    $call = array_pop($GLOBALS['calls']);
    return $call === null ? 'localAPI() not called' : json_encode($call);
}

$GLOBALS['calls'] = [];

/* Nothing configured: in-process, no credentials needed, params as given
 * (types kept: localAPI() is PHP), no admin user argument. */
var_dump(ini_get('whmcs.transport'));
$answer = WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => 1, 'stats' => true, 'nested' => ['a' => null]]);
echo json_encode($answer), "\n", last_call(), "\n";

var_dump(delete_user_client(2, 1));
echo last_call(), "\n";

/* The admin user WHMCS runs the action as: option, then ini. */
WhmcsOpensrs\whmcs_api('GetUsers', [], ['admin_user' => 'ops-admin']);
echo last_call(), "\n";
ini_set('whmcs.admin_user', 'ini-admin');
delete_user_client(3, 2);
echo last_call(), "\n";
WhmcsOpensrs\whmcs_api('GetUsers', [], ['admin_user' => '']);
echo last_call(), "\n";
ini_set('whmcs.admin_user', '');

/* Options for HTTP are accepted and have no effect in-process. */
WhmcsOpensrs\whmcs_api('GetUsers', [], ['timeout' => 1.5, 'identifier' => 'x', 'verify_tls' => true]);
echo last_call(), "\n";

/* A URL (option or ini) means HTTP, localAPI() or not. */
$server = wo_whmcs_start(wo_whmcs_fixture());
$users = WhmcsOpensrs\whmcs_api('GetUsers', [], $server['options']);
echo 'over HTTP: ', count($users['users']), ' users, ', last_call(), "\n";
ini_set('whmcs.url', $server['url']);
try {
    WhmcsOpensrs\whmcs_api('GetUsers');
} catch (ValueError $e) {
    echo 'whmcs.url set, no credentials: ', $e->getMessage(), "\n";
}
echo last_call(), "\n";
ini_set('whmcs.url', '');

/* "http" never calls localAPI(): without a URL that is the usual ValueError. */
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['transport' => 'http']);
} catch (ValueError $e) {
    echo 'transport http: ', $e->getMessage(), "\n";
}
ini_set('whmcs.transport', 'HTTP');
try {
    delete_user_client(2, 1);
} catch (ValueError $e) {
    echo 'whmcs.transport=HTTP: ', $e->getMessage(), "\n";
}
/* The option wins over the ini setting. */
WhmcsOpensrs\whmcs_api('GetUsers', [], ['transport' => 'auto']);
echo last_call(), "\n";
ini_set('whmcs.transport', 'auto');

/* "local" wins over a URL. */
WhmcsOpensrs\whmcs_api('GetUsers', [], ['transport' => 'local'] + $server['options']);
echo last_call(), "\n";
?>
--EXPECT--
string(4) "auto"
{"result":"success","command":"GetClientsDetails","echo":{"clientid":1,"stats":true,"nested":{"a":null}}}
{"command":"GetClientsDetails","postData":{"clientid":1,"stats":true,"nested":{"a":null}},"args":2,"adminUser":""}
bool(true)
{"command":"DeleteUserClient","postData":{"user_id":2,"client_id":1},"args":2,"adminUser":""}
{"command":"GetUsers","postData":[],"args":3,"adminUser":"ops-admin"}
{"command":"DeleteUserClient","postData":{"user_id":3,"client_id":2},"args":3,"adminUser":"ini-admin"}
{"command":"GetUsers","postData":[],"args":2,"adminUser":""}
{"command":"GetUsers","postData":[],"args":2,"adminUser":""}
over HTTP: 3 users, localAPI() not called
whmcs.url set, no credentials: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) must give WHMCS credentials: options "identifier" and "secret", or "username" and "password" (or the whmcs.* ini settings)
localAPI() not called
transport http: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be set (or the ini setting whmcs.url)
whmcs.transport=HTTP: delete_user_client(): Argument #3 ($options) option "url" must be set (or the ini setting whmcs.url)
{"command":"GetUsers","postData":[],"args":2,"adminUser":""}
{"command":"GetUsers","postData":[],"args":2,"adminUser":""}
