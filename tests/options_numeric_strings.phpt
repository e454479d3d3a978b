--TEST--
Options: numeric strings are numbers, as PHP reads an int|float argument in coercive mode (WHMCS settings are strings); other strings, bools and null are a TypeError naming the option
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
; the same failing server again and again: the circuit breaker would
; refuse the calls this test is about (tests/breaker_*.phpt test it)
whmcs_opensrs.breaker=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/fault.inc';

/* The value as written in PHP, on one line. */
function show(mixed $value): string
{
    return json_encode($value, JSON_PRESERVE_ZERO_FRACTION);
}

function attempt(string $what, array $options, string $api = 'whmcs'): void
{
    try {
        if ($api === 'whmcs') {
            WhmcsOpensrs\whmcs_api('GetUsers', [], $options);
        } else {
            opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
        }
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

/* A server that takes the connection and never answers: the message names
 * the timeout in force, so the string '0.5' must have become 0.5 s. */
$silent = wo_fault_start('silent');
foreach (['0.5', ' 0.5', "0.5 \n", '5e-1', 0.5] as $timeout) {
    attempt('timeout ' . show($timeout),
        wo_fault_whmcs_options($silent['url'], 10.0, ['timeout' => $timeout, 'connect_timeout' => '10']));
}
attempt('opensrs timeout \'0.5\'', wo_fault_opensrs_options($silent['url'], 10.0, ['timeout' => '0.5']), 'opensrs');

/* A 2 MiB answer against a bound given as a string. */
$big = wo_fault_start('oversize', ['size' => 2 << 20]);
foreach (['1048576', ' 1048576 ', '1e6', 1048576.0] as $size) {
    attempt('max_response_size ' . show($size),
        wo_fault_whmcs_options($big['url'], 10.0, ['max_response_size' => $size]));
}

/* What PHP would refuse for an int|float parameter, and what is not a
 * number of seconds or bytes at all. */
$url = wo_fault_closed_url();
foreach (['30s', '', ' ', '0x1A', 'on', true, null, [30]] as $bad) {
    attempt('timeout ' . show($bad), wo_fault_whmcs_options($url, 1.0, ['timeout' => $bad]));
}
foreach (['0', '-1', 'INF', '1e999'] as $bad) {
    attempt('connect_timeout ' . show($bad), wo_fault_whmcs_options($url, 1.0, ['connect_timeout' => $bad]));
}
foreach (['16M', '2.5', 2.5, '0', '1e30', false] as $bad) {
    attempt('max_response_size ' . show($bad), wo_fault_whmcs_options($url, 1.0, ['max_response_size' => $bad]));
}
?>
--EXPECT--
timeout "0.5": WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
timeout " 0.5": WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
timeout "0.5 \n": WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
timeout "5e-1": WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
timeout 0.5: WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
opensrs timeout '0.5': WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
max_response_size "1048576": WhmcsOpensrs\TransportException: the answer is larger than max_response_size (1048576 bytes); the request was possibly sent
max_response_size " 1048576 ": WhmcsOpensrs\TransportException: the answer is larger than max_response_size (1048576 bytes); the request was possibly sent
max_response_size "1e6": WhmcsOpensrs\TransportException: the answer is larger than max_response_size (1000000 bytes); the request was possibly sent
max_response_size 1048576.0: WhmcsOpensrs\TransportException: the answer is larger than max_response_size (1048576 bytes); the request was possibly sent
timeout "30s": TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, string given
timeout "": TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, string given
timeout " ": TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, string given
timeout "0x1A": TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, string given
timeout "on": TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, string given
timeout true: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, bool given
timeout null: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, null given
timeout [30]: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, array given
connect_timeout "0": ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "connect_timeout" must be a number of seconds greater than 0
connect_timeout "-1": ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "connect_timeout" must be a number of seconds greater than 0
connect_timeout "INF": TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "connect_timeout" must be of type int|float, string given
connect_timeout "1e999": ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "connect_timeout" must be a number of seconds greater than 0
max_response_size "16M": TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_response_size" must be of type int, string given
max_response_size "2.5": ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_response_size" must be a whole number greater than 0
max_response_size 2.5: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_response_size" must be a whole number greater than 0
max_response_size "0": ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_response_size" must be a whole number greater than 0
max_response_size "1e30": ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_response_size" must be a whole number greater than 0
max_response_size false: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_response_size" must be of type int, bool given
