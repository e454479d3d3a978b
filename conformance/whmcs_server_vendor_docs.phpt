--TEST--
The bundled WHMCS server answers with the vendor's documented fields and messages
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
require __DIR__ . '/../tests/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());

function vendor(string $action): array
{
    return json_decode(wo_conformance_file("whmcs/$action.json"), true);
}

/* A POST as any WHMCS client makes it, without the extension: the raw
 * answer and its status. */
function raw_post(string $url, array $fields): array
{
    $context = stream_context_create(['http' => ['method' => 'POST', 'ignore_errors' => true,
        'header' => 'Content-Type: application/x-www-form-urlencoded',
        'content' => http_build_query($fields)]]);
    /* The headers from the stream: PHP 8.5 deprecates $http_response_header. */
    $stream = fopen("$url/includes/api.php", 'r', false, $context);
    $headers = stream_get_meta_data($stream)['wrapper_data'];
    $body = stream_get_contents($stream);
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
    $documented = vendor($action)['documented_error_messages'];
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

function same_keys(string $what, array $ours, array $vendor, array $except = []): void
{
    $v = array_values(array_diff(keys($vendor), $except));
    echo $what, ': ', keys($ours) === $v ? 'same fields'
        : 'DIFFERENT ' . json_encode([array_diff($v, keys($ours)), array_diff(keys($ours), $v)]), "\n";
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
$example = vendor('GetUsers')['example_response_json'];
same_keys('GetUsers', $users, $example);
same_keys('GetUsers users[]', $users['users'][0], $example['users'][0]);
same_keys('GetUsers users[].clients[]', $users['users'][0]['clients'][0], $example['users'][0]['clients'][0]);

$details = call($server, 'GetClientsDetails', ['clientid' => 1, 'stats' => true]);
$example = vendor('GetClientsDetails')['example_response_json'];
same_keys('GetClientsDetails', $details, $example);
/* customfields1 exists only when the installation defines a custom field. */
same_keys('GetClientsDetails client', $details['client'], $example['client'], ['customfields1']);
same_keys('GetClientsDetails client.users.user[]', $details['client']['users']['user'][0],
    $example['client']['users']['user'][0]);
same_keys('GetClientsDetails stats', $details['stats'], $example['stats']);

$added = call($server, 'AddUser', ['firstname' => 'N', 'lastname' => 'U', 'email' => 'n.u@example.net',
    'password2' => 'p']);
same_keys('AddUser', $added, vendor('AddUser')['example_response_json']);
$added = call($server, 'AddClient', ['owner_user_id' => (int) $added['user_id']] + $client);
/* WHMCS 8 adds owner_id to the documented example (observed_payloads.json). */
same_keys('AddClient', array_diff_key($added, ['owner_id' => 1]), vendor('AddClient')['example_response_json']);
same_keys('CreateClientInvite', call($server, 'CreateClientInvite',
    ['client_id' => 1, 'email' => 'n.u@example.net', 'permissions' => 'profile']),
    vendor('CreateClientInvite')['example_response_json']);
same_keys('DeleteUserClient', call($server, 'DeleteUserClient', ['user_id' => 2, 'client_id' => 1]),
    vendor('DeleteUserClient')['example_response_json']);
same_keys('GetPermissionsList', call($server, 'GetPermissionsList', []), vendor('GetPermissionsList')['example_response_json']);
var_dump(call($server, 'GetPermissionsList', []) == vendor('GetPermissionsList')['example_response_json']);

/* Observed payloads, byte for byte where the report quotes the bytes. */
$observed = array_column(json_decode(wo_conformance_file('whmcs/observed_payloads.json'), true)['items'], null, 'name');
$credentials = ['identifier' => WO_WHMCS_IDENTIFIER, 'secret' => WO_WHMCS_SECRET, 'responsetype' => 'json'];
[$status, $body] = raw_post($server['url'], ['action' => 'GetToDoList'] + $credentials);
var_dump($status, json_decode($body, true) === $observed['unknown_action']['body_json']);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers', 'identifier' => WO_WHMCS_IDENTIFIER,
    'secret' => 'wrong', 'responsetype' => 'json']);
var_dump($status, json_decode($body, true) === $observed['auth_failed_api_credentials']['body_json']);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers', 'username' => WO_WHMCS_ADMIN,
    'password' => md5('wrong'), 'responsetype' => 'json']);
var_dump($status, json_decode($body, true) === $observed['auth_failed_legacy']['body_json']);
[$status, $body] = raw_post($server['url'], ['action' => 'GetEmails', 'clientid' => 99] + $credentials);
var_dump($status, json_decode($body, true) === $observed['getemails_error_uses_status_key']['body_json']);
wo_whmcs_update($server, ['allowed_ips' => ['203.0.113.7']]);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers'] + $credentials);
var_dump($status, $body);
[$status, $body] = raw_post($server['url'], ['action' => 'GetUsers'] + array_diff_key($credentials, ['responsetype' => 1]));
var_dump($status, $body === str_replace('103.170.226.94', '127.0.0.1', $observed['invalid_ip_nvp_default_format']['body_raw']));
$state = wo_whmcs_state(wo_whmcs_fixture());
$state['api_credentials'][0]['allowed_actions'] = ['getusers'];
file_put_contents($server['state'], json_encode($state));
[$status, $body] = raw_post($server['url'], ['action' => 'GetProductsGroups'] + $credentials);
var_dump($status, $body === $observed['invalid_permissions_api_role']['body_raw']);
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
