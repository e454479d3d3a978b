--TEST--
WhmcsOpensrs\whmcs_api() and delete_user_client(): bad arguments are TypeError/ValueError naming them, before anything is sent
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());
$GLOBALS['url'] = $server['url'];

/* The closures capture nothing but the URL, so that the trace the leak
 * check reads holds no credential of the test's own making. */
function check(string $label, Closure $call): void
{
    try {
        $call();
        echo "$label: no exception\n";
    } catch (Throwable $e) {
        $leaks = wo_whmcs_leaks($e);
        echo "$label: ", get_class($e), ': ', $e->getMessage(), $leaks ? ' LEAKED ' . implode(',', $leaks) : '', "\n";
    }
}

check('empty action', static fn () => WhmcsOpensrs\whmcs_api('', [], ['secret' => 'wo-SECRET-7f3e1a9c5d']));
check('action with a space', static fn () => WhmcsOpensrs\whmcs_api('Get Users'));
check('action not ASCII', static fn () => WhmcsOpensrs\whmcs_api("GetUs\u{e9}rs"));
check('action with a NUL', static fn () => WhmcsOpensrs\whmcs_api("GetUsers\0"));
check('params: secret', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', ['secret' => 'wo-SECRET-7f3e1a9c5d']));
check('params: action', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', ['action' => 'DeleteClient']));
check('params: responsetype', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', ['responsetype' => 'xml']));
check('params: password', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', ['password' => 'x']));
check('params: an object', static fn () => WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => new ArrayObject([])]));
check('params: a nested resource', static fn () => WhmcsOpensrs\whmcs_api('AddUser', ['a' => ['b' => STDERR]]));
check('params: recursive', static function () {
    $a = ['x' => 1];
    $a['self'] = &$a;
    WhmcsOpensrs\whmcs_api('GetUsers', $a);
});
check('params: 65 levels', static function () {
    $deep = 'leaf';
    for ($i = 0; $i < 65; $i++) {
        $deep = [$deep];
    }
    WhmcsOpensrs\whmcs_api('GetUsers', ['deep' => $deep]);
});
check('options: unknown', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['secrte' => 'wo-SECRET-7f3e1a9c5d']));
check('options: OpenSRS option', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['api_key' => 'wo-SECRET-7f3e1a9c5d']));
check('options: secret not a string', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['secret' => ['wo-SECRET-7f3e1a9c5d']]));
check('options: bad timeout', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['timeout' => -1]));
check('options: no url', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['identifier' => 'i', 'secret' => 'wo-SECRET-7f3e1a9c5d']));
check('options: url without scheme', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [],
    ['url' => 'billing.example.com', 'identifier' => 'i', 'secret' => 'wo-SECRET-7f3e1a9c5d']));
check('options: url with a query', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [],
    ['url' => $GLOBALS['url'] . '/?x=1', 'identifier' => 'i', 'secret' => 'wo-SECRET-7f3e1a9c5d']));
check('options: no credentials', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $GLOBALS['url']]));
check('options: identifier alone', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $GLOBALS['url'], 'identifier' => 'i']));
check('options: secret alone', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $GLOBALS['url'], 'secret' => 'wo-SECRET-7f3e1a9c5d']));
check('options: username alone', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $GLOBALS['url'], 'username' => 'admin']));
check('options: password alone', static fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $GLOBALS['url'], 'password' => 'wo-ADMINPW-2b8d44e0']));
check('user_id 0', static fn () => delete_user_client(0, 1, ['secret' => 'wo-SECRET-7f3e1a9c5d']));
check('client_id negative', static fn () => delete_user_client(1, -5));
check('user_id not an int', static fn () => delete_user_client('uma', 1));
check('client_id missing', static fn () => delete_user_client(1));
check('options not an array', static fn () => delete_user_client(1, 1, 'wo-SECRET-7f3e1a9c5d'));
check('options: bad url for delete', static fn () => delete_user_client(2, 1, ['url' => 'nowhere', 'identifier' => 'i', 'secret' => 'wo-SECRET-7f3e1a9c5d']));

/* None of these reached the server. */
var_dump(wo_whmcs_last_request($server));
?>
--EXPECT--
empty action: ValueError: WhmcsOpensrs\whmcs_api(): Argument #1 ($action) must be a non-empty ASCII word (letters, digits, underscores)
action with a space: ValueError: WhmcsOpensrs\whmcs_api(): Argument #1 ($action) must be a non-empty ASCII word (letters, digits, underscores)
action not ASCII: ValueError: WhmcsOpensrs\whmcs_api(): Argument #1 ($action) must be a non-empty ASCII word (letters, digits, underscores)
action with a NUL: ValueError: WhmcsOpensrs\whmcs_api(): Argument #1 ($action) must be a non-empty ASCII word (letters, digits, underscores)
params: secret: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain the reserved key "secret" (credentials belong in $options)
params: action: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain the reserved key "action" (credentials belong in $options)
params: responsetype: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain the reserved key "responsetype" (credentials belong in $options)
params: password: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain the reserved key "password" (credentials belong in $options)
params: an object: TypeError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must contain only scalars, null and arrays, ArrayObject given
params: a nested resource: TypeError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must contain only scalars, null and arrays, resource given
params: recursive: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain a recursive array
params: 65 levels: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not be nested deeper than 64 levels
options: unknown: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) contains unknown option "secrte"
options: OpenSRS option: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) contains unknown option "api_key"
options: secret not a string: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "secret" must be of type string, array given
options: bad timeout: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be a number of seconds greater than 0
options: no url: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be set (or the ini setting whmcs.url)
options: url without scheme: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be an absolute http(s) URL
options: url with a query: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must not have a query or a fragment
options: no credentials: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) must give WHMCS credentials: options "identifier" and "secret", or "username" and "password" (or the whmcs.* ini settings)
options: identifier alone: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "secret" must be set (or whmcs.secret) when "identifier" is
options: secret alone: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "identifier" must be set (or whmcs.identifier) when "secret" is
options: username alone: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "password" must be set (or whmcs.password) when "username" is
options: password alone: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "username" must be set (or whmcs.username) when "password" is
user_id 0: ValueError: delete_user_client(): Argument #1 ($user_id) must be greater than or equal to 1
client_id negative: ValueError: delete_user_client(): Argument #2 ($client_id) must be greater than or equal to 1
user_id not an int: TypeError: delete_user_client(): Argument #1 ($user_id) must be of type int, string given
client_id missing: ArgumentCountError: delete_user_client() expects at least 2 arguments, 1 given
options not an array: TypeError: delete_user_client(): Argument #3 ($options) must be of type array, string given
options: bad url for delete: ValueError: delete_user_client(): Argument #3 ($options) option "url" must be an absolute http(s) URL
NULL
