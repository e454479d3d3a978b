--TEST--
whmcs_api_many() and opensrs_request_many(): a malformed entry or option is a ValueError or TypeError naming the entry and field (never a value), before anything is sent
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/many.inc';
$whmcs = wo_whmcs_start();
$opensrs = wo_opensrs_start_socket('keepalive', ['flight' => []]);
$ok = ['action' => 'GetUsers'];
$get = wo_many_gets(1)['get1'];

$whmcsCases = [
    'not an array' => [['a' => 'GetUsers'], []],
    'no action' => [['a' => ['params' => []]], []],
    'action not a string' => [[3 => ['action' => 7]], []],
    'action not a word' => [['a' => ['action' => 'Get Users']], []],
    'params not an array' => [['a' => ['action' => 'GetUsers', 'params' => 'x=1']], []],
    'unknown field' => [['a' => ['action' => 'GetUsers', 'param' => []]], []],
    'reserved key' => [['ok' => $ok, 'bad' => ['action' => 'GetUsers', 'params' => ['secret' => 'SECRET-in-params-1']]], []],
    'object in params' => [['ok' => $ok, 'bad' => ['action' => 'GetUsers', 'params' => ['x' => new stdClass]]], []],
    'odd key' => [["k\n\"ey" => 'x'], []],
    'bad concurrency' => [['ok' => $ok], ['concurrency' => 0]],
    'too many at once' => [['ok' => $ok], ['concurrency' => 65]],
    'concurrency not a number' => [['ok' => $ok], ['concurrency' => 'four']],
    'bad retries' => [['ok' => $ok], ['retries' => 11]],
    'unknown option' => [['ok' => $ok], ['retry' => 1]],
    'no credentials' => [['ok' => $ok], ['identifier' => '', 'secret' => '']],
];
foreach ($whmcsCases as $label => [$calls, $options]) {
    try {
        WhmcsOpensrs\whmcs_api_many($calls, $options + $whmcs['options']);
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(wo_whmcs_last_request($whmcs));

$opensrsCases = [
    'no object' => [['a' => ['action' => 'get']], []],
    'object not a word' => [['a' => ['action' => 'get', 'object' => 'sub user']], []],
    'action too long' => [['a' => ['action' => str_repeat('a', 65), 'object' => 'subuser']], []],
    'extra not an array' => [['a' => ['action' => 'get', 'object' => 'subuser', 'extra' => 'x']], []],
    'extra sets action' => [['ok' => $get, 'b' => ['action' => 'get', 'object' => 'subuser', 'extra' => ['action' => 'x']]], []],
    'extra with a list' => [['b' => ['action' => 'get', 'object' => 'subuser', 'extra' => ['x']]], []],
    'attributes not UTF-8' => [['ok' => $get, 'b' => ['action' => 'get', 'object' => 'subuser', 'attributes' => ['pw' => "SECRET\xff"]]], []],
    'extra with an object' => [['b' => ['action' => 'get', 'object' => 'subuser', 'extra' => ['o' => new stdClass]]], []],
    'bad timeout' => [['ok' => $get], ['timeout' => -1]],
    'no key' => [['ok' => $get], ['api_key' => '']],
];
foreach ($opensrsCases as $label => [$calls, $options]) {
    try {
        WhmcsOpensrs\opensrs_request_many($calls, $options + $opensrs['options']);
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo "OpenSRS requests: ", wo_flight($opensrs)['requests'], "\n";
try {
    WhmcsOpensrs\opensrs_request_many('x');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
not an array: TypeError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "a" must be of type array, string given
no action: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "a" must have the field "action"
action not a string: TypeError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry 3: "action" must be of type string, int given
action not a word: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "a": "action" must be a non-empty ASCII word (letters, digits, underscores)
params not an array: TypeError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "a": "params" must be of type array, string given
unknown field: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "a" has an unknown field "param"
reserved key: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "bad": "params" must not contain the reserved key "secret" (credentials belong in $options)
object in params: %s: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "bad": "params" must %s
odd key: TypeError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry #1 must be of type array, string given
bad concurrency: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #2 ($options) option "concurrency" must be a whole number from 1 to 64
too many at once: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #2 ($options) option "concurrency" must be a whole number from 1 to 64
concurrency not a number: TypeError: WhmcsOpensrs\whmcs_api_many(): Argument #2 ($options) option "concurrency" must be of type int, string given
bad retries: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #2 ($options) option "retries" must be a whole number from 0 to 10
unknown option: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #2 ($options) contains unknown option "retry"
no credentials: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #2 ($options) must give WHMCS credentials: options "identifier" and "secret", or "username" and "password" (or the whmcs.* ini settings)
NULL
no object: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "a" must have the field "object"
object not a word: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "a": "object" must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
action too long: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "a": "action" must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
extra not an array: TypeError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "a": "extra" must be of type array, string given
extra sets action: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "b": "extra" must not contain the item "action": it is set from the function's own arguments
extra with a list: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "b": "extra" must have string keys (top-level OPS items are named)
attributes not UTF-8: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "b": "attributes" must be valid UTF-8 (bad byte 0xff at offset 6 of a value)
extra with an object: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "b": "extra" must not contain objects (found stdClass)
bad timeout: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #2 ($options) option "timeout" must be a number of seconds greater than 0
no key: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #2 ($options) must contain "api_key" when opensrs.api_key is not set
OpenSRS requests: 0
TypeError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) must be of type array, string given
