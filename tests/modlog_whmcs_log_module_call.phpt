--TEST--
Module log: with logModuleCall() defined, every WHMCS call logs module, action, request without credentials, raw response and decoded result, with every secret in replaceVars and none in what is logged
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

/* WHMCS's signature. */
function logModuleCall($module, $action, $requestString, $responseData, $processedData, $replaceVars)
{
    $GLOBALS['entries'][] = func_get_args();
}

const CLIENT_PASSWORD = 'pw-CLIENT-5e1f7a';
$GLOBALS['entries'] = [];
/* What must never be logged: every credential of the tests, in the forms a
 * log could hold it, and the password a call passes for a new user. */
$secrets = array_merge(wo_whmcs_secrets(), [WO_WHMCS_IDENTIFIER, CLIENT_PASSWORD]);

function next_entry(): array
{
    global $secrets;
    $entry = array_shift($GLOBALS['entries']);
    if ($entry === null) {
        echo "no entry\n";
        return [];
    }
    [$module, $action, $request, $response, $processed, $replace] = $entry;
    echo "module: $module\naction: $action\nrequest: $request\n";
    /* The five logged fields hold no secret, in any form... */
    $logged = json_encode([$module, $action, $request, $response, $processed]) . print_r($processed, true) . $response;
    $leaked = [];
    foreach ($secrets as $i => $secret) {
        foreach ([$secret, urlencode($secret), htmlspecialchars($secret)] as $form) {
            if (str_contains($logged, $form)) {
                $leaked[] = "#$i";
                break;
            }
        }
    }
    echo 'secrets logged: ', $leaked ? implode(', ', $leaked) : 'none', "\n";
    /* ...and replaceVars names those in use, so that WHMCS masks them too. */
    $named = [];
    foreach ($secrets as $i => $secret) {
        if (in_array($secret, $replace, true)) {
            $named[] = "#$i";
        }
    }
    echo 'replaceVars: ', $named ? implode(', ', $named) : 'none', "\n";
    return $entry;
}

$server = wo_whmcs_start(wo_whmcs_fixture());
$options = $server['options'] + ['access_key' => WO_WHMCS_ACCESS_KEY];

echo "-- a successful call\n";
$details = WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => 1], $options);
[, , , $response, $processed] = next_entry();
var_dump(json_decode($response, true) === $details, $processed === $details);

echo "-- a password among the params is masked where it is sent\n";
$added = WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'Pat', 'lastname' => 'Params', 'email' => 'pat@example.net',
    'password2' => CLIENT_PASSWORD, 'language' => 'english'], $options);
[, , , $response, $processed] = next_entry();
echo "response: $response\n";

echo "-- a failed call logs what came back, decoded\n";
try {
    delete_user_client(1, 1, $options);
} catch (WhmcsOpensrs\WhmcsException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
[, , , $response, $processed] = next_entry();
echo "response: $response\nprocessed: ", json_encode($processed), "\n";

echo "-- the legacy login: the password and its md5 are masks\n";
WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 1], ['url' => $server['url'], 'username' => WO_WHMCS_ADMIN,
    'password' => WO_WHMCS_ADMIN_PASSWORD]);
next_entry();

echo "-- a firewall page quoting the request: the credentials in it are masked\n";
wo_whmcs_update($server, ['mode' => 'waf']);
try {
    WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'Pat', 'password2' => CLIENT_PASSWORD], $options);
} catch (WhmcsOpensrs\ProtocolException $e) {
    echo get_class($e), "\n";
}
[, , , $response, $processed] = next_entry();
preg_match('~Your request: (.*)</p>~', $response, $m);
echo "quoted: $m[1]\nprocessed: $processed\n";
wo_whmcs_update($server, ['mode' => null]);

echo "-- no answer at all: the exception is what was got\n";
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => 'http://127.0.0.1:1/', 'connect_timeout' => 2.0] + $options);
} catch (WhmcsOpensrs\TransportException $e) {
    echo get_class($e), "\n";
}
[, , , $response, $processed] = next_entry();
var_dump($response, str_starts_with($processed, 'WhmcsOpensrs\TransportException: '));

echo "-- an argument error sends nothing and logs nothing\n";
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['secret' => WO_WHMCS_SECRET], $options);
} catch (ValueError $e) {
    echo get_class($e), "\n";
}
var_dump($GLOBALS['entries']);
?>
--EXPECT--
-- a successful call
module: whmcs_opensrs
action: GetClientsDetails
request: action=GetClientsDetails&responsetype=json&clientid=1
secrets logged: none
replaceVars: #0, #3, #7
bool(true)
bool(true)
-- a password among the params is masked where it is sent
module: whmcs_opensrs
action: AddUser
request: action=AddUser&responsetype=json&firstname=Pat&lastname=Params&email=pat%40example.net&password2=********&language=english
secrets logged: none
replaceVars: #0, #3, #7, #8
response: {"result":"success","user_id":"4"}
-- a failed call logs what came back, decoded
WhmcsOpensrs\WhmcsException: You cannot remove the account owner
module: whmcs_opensrs
action: DeleteUserClient
request: action=DeleteUserClient&responsetype=json&user_id=1&client_id=1
secrets logged: none
replaceVars: #0, #3, #7
response: {"result":"error","message":"You cannot remove the account owner"}
processed: {"result":"error","message":"You cannot remove the account owner"}
-- the legacy login: the password and its md5 are masks
module: whmcs_opensrs
action: GetUsers
request: action=GetUsers&responsetype=json&limitnum=1
secrets logged: none
replaceVars: #1, #2
-- a firewall page quoting the request: the credentials in it are masked
WhmcsOpensrs\ProtocolException
module: whmcs_opensrs
action: AddUser
request: action=AddUser&responsetype=json&firstname=Pat&password2=********
secrets logged: none
replaceVars: #0, #3, #7, #8
quoted: action=AddUser&amp;identifier=********&amp;secret=********&amp;accesskey=********&amp;responsetype=json&amp;firstname=Pat&amp;password2=********
processed: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 403): "[excerpt withheld: the body repeats a credential]"
-- no answer at all: the exception is what was got
WhmcsOpensrs\TransportException
module: whmcs_opensrs
action: GetUsers
request: action=GetUsers&responsetype=json
secrets logged: none
replaceVars: #0, #3, #7
string(0) ""
bool(true)
-- an argument error sends nothing and logs nothing
ValueError
array(0) {
}
