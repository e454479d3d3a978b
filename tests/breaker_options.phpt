--TEST--
Circuit breaker options and ini settings: defaults, the coercive forms WHMCS settings arrive in, and a TypeError or ValueError naming the option for anything else, before anything is sent; ini_set() refuses what the option refuses
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
foreach (['whmcs_opensrs.breaker', 'whmcs_opensrs.breaker_failures', 'whmcs_opensrs.breaker_cooldown'] as $name) {
    echo "$name = ", var_export(ini_get($name), true), "\n";
}

$server = stream_socket_server('tcp://127.0.0.1:0');
$url = 'http://' . stream_socket_get_name($server, false);
function attempt(string $label, array $options): void
{
    global $url;
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], $options + ['url' => $url, 'identifier' => 'i', 'secret' => 's',
            'timeout' => 0.2]);
        echo "$label: accepted\n";
    } catch (TypeError | ValueError $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    } catch (WhmcsOpensrs\Exception $e) {
        echo "$label: accepted\n";
    }
}
foreach ([true, false, 1, 0, '1', '0', 'on', 'off', 'On', ''] as $value) {
    attempt('breaker ' . var_export($value, true), ['breaker' => $value]);
}
foreach (['yes', 2, 1.0, null, []] as $value) {
    attempt('breaker ' . str_replace("\n", '', var_export($value, true)), ['breaker' => $value]);
}
foreach ([1, '2', ' 3 ', 1000, 5.0, '7e0'] as $value) {
    attempt('breaker_failures ' . var_export($value, true), ['breaker_failures' => $value]);
}
foreach ([0, 1001, -1, 2.5, '3x', true, null] as $value) {
    attempt('breaker_failures ' . var_export($value, true), ['breaker_failures' => $value]);
}
foreach ([0.01, '30', ' 2.5', 86400] as $value) {
    attempt('breaker_cooldown ' . var_export($value, true), ['breaker_cooldown' => $value]);
}
foreach ([0, -5, INF, NAN, 'soon', false] as $value) {
    attempt('breaker_cooldown ' . var_export($value, true), ['breaker_cooldown' => $value]);
}
echo 'many: ';
try {
    WhmcsOpensrs\opensrs_request_many([], ['breaker_failures' => 0]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}

foreach ([['whmcs_opensrs.breaker', 'maybe'], ['whmcs_opensrs.breaker', 'off'], ['whmcs_opensrs.breaker_failures', '0'],
          ['whmcs_opensrs.breaker_failures', '2.5'], ['whmcs_opensrs.breaker_failures', '5'],
          ['whmcs_opensrs.breaker_cooldown', '0'], ['whmcs_opensrs.breaker_cooldown', 'later'],
          ['whmcs_opensrs.breaker_cooldown', '0.25']] as [$name, $value]) {
    echo "ini_set($name, '$value'): ", var_export(ini_set($name, $value), true), ', now ', var_export(ini_get($name), true), "\n";
}
?>
--EXPECT--
whmcs_opensrs.breaker = '1'
whmcs_opensrs.breaker_failures = '3'
whmcs_opensrs.breaker_cooldown = '30'
breaker true: accepted
breaker false: accepted
breaker 1: accepted
breaker 0: accepted
breaker '1': accepted
breaker '0': accepted
breaker 'on': accepted
breaker 'off': accepted
breaker 'On': accepted
breaker '': accepted
breaker 'yes': TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
breaker 2: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), int given
breaker 1.0: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), float given
breaker NULL: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), null given
breaker array (): TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), array given
breaker_failures 1: accepted
breaker_failures '2': accepted
breaker_failures ' 3 ': accepted
breaker_failures 1000: accepted
breaker_failures 5.0: accepted
breaker_failures '7e0': accepted
breaker_failures 0: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_failures" must be a whole number from 1 to 1000
breaker_failures 1001: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_failures" must be a whole number from 1 to 1000
breaker_failures -1: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_failures" must be a whole number from 1 to 1000
breaker_failures 2.5: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_failures" must be a whole number from 1 to 1000
breaker_failures '3x': TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_failures" must be of type int, string given
breaker_failures true: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_failures" must be of type int, bool given
breaker_failures NULL: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_failures" must be of type int, null given
breaker_cooldown 0.01: accepted
breaker_cooldown '30': accepted
breaker_cooldown ' 2.5': accepted
breaker_cooldown 86400: accepted
breaker_cooldown 0: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_cooldown" must be a number of seconds greater than 0
breaker_cooldown -5: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_cooldown" must be a number of seconds greater than 0
breaker_cooldown INF: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_cooldown" must be a number of seconds greater than 0
breaker_cooldown NAN: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_cooldown" must be a number of seconds greater than 0
breaker_cooldown 'soon': TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_cooldown" must be of type int|float, string given
breaker_cooldown false: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "breaker_cooldown" must be of type int|float, bool given
many: WhmcsOpensrs\opensrs_request_many(): Argument #2 ($options) option "breaker_failures" must be a whole number from 1 to 1000
ini_set(whmcs_opensrs.breaker, 'maybe'): false, now '1'
ini_set(whmcs_opensrs.breaker, 'off'): '1', now 'off'
ini_set(whmcs_opensrs.breaker_failures, '0'): false, now '3'
ini_set(whmcs_opensrs.breaker_failures, '2.5'): false, now '3'
ini_set(whmcs_opensrs.breaker_failures, '5'): '3', now '5'
ini_set(whmcs_opensrs.breaker_cooldown, '0'): false, now '30'
ini_set(whmcs_opensrs.breaker_cooldown, 'later'): false, now '30'
ini_set(whmcs_opensrs.breaker_cooldown, '0.25'): '30', now '0.25'
