--TEST--
The bundled WHMCS server answers with the fields and error messages WHMCS documents, and with the error bodies real installations send
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());

function documented(string $action): array
{
    static $all = null;
    $all ??= wo_fixture_json('documented.json');
    return $all[$action];
}

/* A POST as any WHMCS client makes it, without the extension: the raw
 * answer and its status. */
function raw_post(string $url, array $fields): array
{
    $context = stream_context_create(['http' => ['method' => 'POST', 'ignore_errors' => true,
        'header' => 'Content-Type: application/x-www-form-urlencoded',
        'content' => http_build_query($fields)]]);
    /* Headers from the stream: PHP 8.5 deprecates $http_response_header. */
    $stream = fopen("$url/includes/api.php", 'r', false, $context);
    $body = stream_get_contents($stream);
    $headers = stream_get_meta_data($stream)['wrapper_data'];
    fclose($stream);
    preg_match('~^HTTP/\S+ (\d+)~', $headers[0], $m);
    return [(int) $m[1], $body];
}

function call(array $server, string $action, array $params): array
{
    try {
        return WhmcsOpensrs\whmcs_api($action, $params, $server['options']);
    } catch (WhmcsOpensrs\WhmcsException $e) {
        return $e->getResponse();
    }
}

/* Every error the server gives for an action is one the vendor documents,
 * and every documented one can be had. */
function errors(array $server, string $action, array $triggers): void
{
    $documented = documented($action)['errors'];
    $seen = [];
    foreach ($triggers as $params) {
        $answer = call($server, $action, $params);
        $seen[] = $answer['message'] ?? '(success)';
    }
    $undocumented = array_diff($seen, $documented);
    $missing = array_diff(array_unique($documented), $seen);
    printf("%s: %d errors, undocumented: %s, not produced: %s\n", $action, count(array_unique($seen)),
        json_encode(array_values($undocumented)), json_encode(array_values($missing)));
}

function keys(array $a): array
{
    $k = array_keys($a);
    sort($k);
    return $k;
}

/* $path as in documented.json: "" the answer, "a.b" a member, "a[]" the first entry of a list. */
function at(array $answer, string $path): array
{
    foreach ($path === '' ? [] : explode('.', $path) as $step) {
        $list = str_ends_with($step, '[]');
        $answer = $answer[rtrim($step, '[]')];
        if ($list) {
            $answer = $answer[0];
        }
    }
    return $answer;
}

function same_keys(string $action, array $ours, string $path = ''): void
{
    $v = documented($action)['fields'][$path];
    $what = $path === '' ? $action : "$action $path";
    $k = keys(at($ours, $path));
    echo $what, ': ', $k === $v ? 'same fields'
        : 'DIFFERENT ' . json_encode([array_diff($v, $k), array_diff($k, $v)]), "\n";
}

$client = ['firstname' => 'A', 'lastname' => 'B', 'email' => 'new@example.org', 'address1' => '1 Road',
    'city' => 'C', 'state' => 'S', 'postcode' => 'P', 'country' => 'GB', 'phonenumber' => '0123 456'];

errors($server, 'DeleteUserClient', [
    ['user_id' => 99, 'client_id' => 1], ['user_id' => 2, 'client_id' => 99],
    ['user_id' => 3, 'client_id' => 1], ['user_id' => 1, 'client_id' => 1]]);
errors($server, 'AddUser', [
    ['lastname' => 'L', 'email' => 'e@example.net', 'password2' => 'p'],
    ['firstname' => 'F', 'email' => 'e@example.net', 'password2' => 'p'],
    ['firstname' => 'F', 'lastname' => 'L', 'password2' => 'p'],
    ['firstname' => 'F', 'lastname' => 'L', 'email' => 'e@example.net'],
    ['firstname' => 'F', 'lastname' => 'L', 'email' => 'not-an-email', 'password2' => 'p'],
    ['firstname' => 'F', 'lastname' => 'L', 'email' => 'uma.user@example.net', 'password2' => 'p']]);
errors($server, 'AddClient', [
    ['owner_user_id' => 99] + $client,
    ['firstname' => ''] + $client, ['lastname' => ''] + $client, ['email' => ''] + $client,
    ['email' => 'nope'] + $client, ['address1' => ''] + $client, ['city' => ''] + $client,
    ['state' => ''] + $client, ['postcode' => ''] + $client, ['country' => 'Britain'] + $client,
    ['phonenumber' => ''] + $client, ['phonenumber' => 'call me'] + $client,
    ['email' => 'owner@example.org'] + $client, ['email' => 'uma.user@example.net'] + $client]);
errors($server, 'CreateClientInvite', [
    ['client_id' => 1, 'permissions' => 'profile'],
    ['client_id' => 99, 'email' => 'x@example.net', 'permissions' => 'profile'],
    ['client_id' => 1, 'email' => 'nope', 'permissions' => 'profile'],
    ['client_id' => 1, 'email' => 'x@example.net'],
    ['client_id' => 1, 'email' => 'uma.user@example.net', 'permissions' => 'profile']]);
errors($server, 'GetClientsDetails', [[], ['clientid' => 99]]);

/* Fields of the documented examples. */
$users = call($server, 'GetUsers', []);
same_keys('GetUsers', $users);
same_keys('GetUsers', $users, 'users[]');
same_keys('GetUsers', $users, 'users[].clients[]');

$details = call($server, 'GetClientsDetails', ['clientid' => 1, 'stats' => true]);
same_keys('GetClientsDetails', $details);
/* The documented example also has customfields1, which exists only when the
 * installation defines a custom field; documented.json leaves it out. */
same_keys('GetClientsDetails', $details, 'client');
same_keys('GetClientsDetails', $details, 'client.users.user[]');
same_keys('GetClientsDetails', $details, 'stats');

$added = call($server, 'AddUser', ['firstname' => 'N', 'lastname' => 'U', 'email' => 'n.u@example.net',
    'password2' => 'p']);
same_keys('AddUser', $added);
$added = call($server, 'AddClient', ['owner_user_id' => (int) $added['user_id']] + $client);
/* WHMCS 8 adds owner_id to the documented example, as real installations show. */
same_keys('AddClient', array_diff_key($added, ['owner_id' => 1]));
same_keys('CreateClientInvite', call($server, 'CreateClientInvite',
    ['client_id' => 1, 'email' => 'n.u@example.net', 'permissions' => 'profile']));
same_keys('DeleteUserClient', call($server, 'DeleteUserClient', ['user_id' => 2, 'client_id' => 1]));
$permissions = call($server, 'GetPermissionsList', []);
same_keys('GetPermissionsList', $permissions);
var_dump($permissions === ['status' => 'success',
    'permissions' => ['permission' => documented('GetPermissionsList')['permissions']]]);

/* Error bodies as real installations send them, byte for byte where the
 * bytes matter. */
$reported = wo_fixture_json('reported_errors.json');
$credentials = ['identifier' => WO_WHMCS_IDENTIFIER, 'secret' => WO_WHMCS_SECRET, 'responsetype' => 'json'];
[$status, $body] = raw_post($server['url'], ['action' => 'GetToDoList'] + $credentials);
var_dump($status, json_decode($body, true) === $reported['command_not_found']);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers', 'identifier' => WO_WHMCS_IDENTIFIER,
    'secret' => 'wrong', 'responsetype' => 'json']);
var_dump($status, json_decode($body, true) === $reported['invalid_credentials']);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers', 'username' => WO_WHMCS_ADMIN,
    'password' => md5('wrong'), 'responsetype' => 'json']);
var_dump($status, json_decode($body, true) === $reported['authentication_failed']);
[$status, $body] = raw_post($server['url'], ['action' => 'GetEmails', 'clientid' => 99] + $credentials);
var_dump($status, json_decode($body, true) === $reported['status_instead_of_result']);
wo_whmcs_update($server, ['allowed_ips' => ['203.0.113.7']]);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers'] + $credentials);
var_dump($status, $body);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers'] + array_diff_key($credentials, ['responsetype' => 1]));
var_dump($status, $body === $reported['invalid_ip_legacy_format']);
$state = wo_whmcs_state(wo_whmcs_fixture());
$state['api_credentials'][0]['allowed_actions'] = ['getusers'];
file_put_contents($server['state'], json_encode($state));
[$status, $body] = raw_post($server['url'], ['action' => 'GetProductsGroups'] + $credentials);
var_dump($status, $body === $reported['api_role_refused']);
?>
--EXPECT--
DeleteUserClient: 4 errors, undocumented: [], not produced: []
AddUser: 6 errors, undocumented: [], not produced: []
AddClient: 14 errors, undocumented: [], not produced: ["You did not provide required custom field value for"]
CreateClientInvite: 5 errors, undocumented: [], not produced: []
GetClientsDetails: 2 errors, undocumented: [], not produced: []
GetUsers: same fields
GetUsers users[]: same fields
GetUsers users[].clients[]: same fields
GetClientsDetails: same fields
GetClientsDetails client: same fields
GetClientsDetails client.users.user[]: same fields
GetClientsDetails stats: same fields
AddUser: same fields
AddClient: same fields
CreateClientInvite: same fields
DeleteUserClient: same fields
GetPermissionsList: same fields
bool(true)
int(400)
bool(true)
int(403)
bool(true)
int(403)
bool(true)
int(200)
bool(true)
int(403)
string(51) "{"result":"error","message":"Invalid IP 127.0.0.1"}"
int(403)
bool(true)
int(403)
bool(true)
