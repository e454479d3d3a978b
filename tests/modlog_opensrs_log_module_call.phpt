--TEST--
Module log: every OpenSRS call logs the OPS request, the raw reply and the decoded reply; sub_password is masked, the key is in replaceVars only
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';

function logModuleCall($module, $action, $requestString, $responseData, $processedData, $replaceVars)
{
    $GLOBALS['entries'][] = func_get_args();
}

const SUB_PASSWORD = 'pw-SUBUSER-33c9d1';
$GLOBALS['entries'] = [];

function next_entry(): array
{
    $entry = array_shift($GLOBALS['entries']);
    [$module, $action, $request, $response, $processed, $replace] = $entry;
    echo "module: $module\naction: $action\n";
    $logged = json_encode([$module, $action, $request, $response, $processed]) . $request . $response;
    foreach (['key' => WO_OPENSRS_KEY, 'sub_password' => SUB_PASSWORD] as $name => $secret) {
        echo "$name: ", str_contains($logged, $secret) ? 'LOGGED' : 'not logged',
            in_array($secret, $replace, true) ? ', in replaceVars' : '', "\n";
    }
    return $entry;
}

$server = wo_opensrs_start();
$options = $server['options'];
$owner = ['domain' => 'example.com', 'username' => 'domainowner'];

echo "-- add subuser\n";
$added = WhmcsOpensrs\opensrs_request('add', 'subuser', ['domain' => 'example.com', 'sub_username' => 'webdev',
    'sub_password' => SUB_PASSWORD, 'sub_permission' => 2], $owner, $options);
[, , $request, $response, $processed] = next_entry();
/* The request is the envelope, as sent but for the masked value. */
$sent = wo_opensrs_last_request($server['state'])['body'];
var_dump($request === str_replace(SUB_PASSWORD, '********', $sent));
var_dump(WhmcsOpensrs\opensrs_ops_decode($request)['attributes']['sub_password']);
var_dump($processed === $added, WhmcsOpensrs\opensrs_ops_decode($response) === $added);

echo "-- delete subuser\n";
$deleted = opensrs_delete_subuser('example.com', (int) $added['attributes']['id'], 'domainowner', $options);
[, , $request, $response, $processed] = next_entry();
var_dump($request === wo_opensrs_last_request($server['state'])['body'], $processed === $deleted);

echo "-- a failure logs the decoded reply\n";
try {
    opensrs_delete_subuser('example.com', 99, 'domainowner', $options);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
}
[, , , $response, $processed] = next_entry();
echo $processed['response_code'], ' ', $processed['response_text'], "\n";

echo "-- a refused key: the reply, no key\n";
try {
    WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner,
        ['api_key' => 'KEY-wrong-but-still-secret-7a7a'] + $options);
} catch (WhmcsOpensrs\OpensrsAuthException $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}
[, , , , , $replace] = next_entry();
var_dump(in_array('KEY-wrong-but-still-secret-7a7a', $replace, true));

echo "-- an HTML page is logged raw, the exception as processed\n";
wo_opensrs_state_set($server['state'], ['mode' => 'html']);
try {
    WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner, $options);
} catch (WhmcsOpensrs\ProtocolException $e) {
    echo get_class($e), "\n";
}
[, , , $response, $processed] = next_entry();
var_dump(str_contains($response, '<h1>Internal Server Error</h1>'), $processed);
?>
--EXPECT--
-- add subuser
module: whmcs_opensrs
action: add subuser
key: not logged, in replaceVars
sub_password: not logged, in replaceVars
bool(true)
string(8) "********"
bool(true)
bool(true)
-- delete subuser
module: whmcs_opensrs
action: delete subuser
key: not logged, in replaceVars
sub_password: not logged
bool(true)
bool(true)
-- a failure logs the decoded reply
WhmcsOpensrs\OpensrsException 480: Sub-user 99 not found for domain example.com.
module: whmcs_opensrs
action: delete subuser
key: not logged, in replaceVars
sub_password: not logged
480 Sub-user 99 not found for domain example.com.
-- a refused key: the reply, no key
WhmcsOpensrs\OpensrsAuthException 401
module: whmcs_opensrs
action: get subuser
key: not logged
sub_password: not logged
bool(true)
-- an HTML page is logged raw, the exception as processed
WhmcsOpensrs\ProtocolException
module: whmcs_opensrs
action: get subuser
key: not logged, in replaceVars
sub_password: not logged
bool(true)
string(126) "WhmcsOpensrs\ProtocolException: OpenSRS answered HTTP 500 with no OPS envelope: the root element is <html>, not <OPS_envelope>"
