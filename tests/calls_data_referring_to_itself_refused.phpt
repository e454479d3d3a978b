--TEST--
Data that refers to itself through a reference ($params, $attributes, $extra, the entries of $calls, a logger) is a ValueError or TypeError naming where, before anything is sent; arrays nested past every limit are refused as too deep, references and all
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/many.inc';
$whmcs = wo_whmcs_start();
$opensrs = wo_opensrs_start();

function attempt(string $label, callable $call): void
{
    try {
        $call();
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$loop = ['a' => 1, 'inner' => ['b' => 2]];
$loop['inner']['back'] = &$loop;
$get = wo_many_gets(1)['get1'];

attempt('whmcs_api', fn () => WhmcsOpensrs\whmcs_api('GetUsers', ['x' => $loop], $whmcs['options']));
attempt('whmcs_api_many', fn () => WhmcsOpensrs\whmcs_api_many(['ok' => ['action' => 'GetUsers'],
    'looped' => ['action' => 'GetUsers', 'params' => $loop]], $whmcs['options']));
attempt('opensrs_request attributes', fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', $loop, [], $opensrs['options']));
attempt('opensrs_request extra', fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['x' => $loop], $opensrs['options']));
attempt('opensrs_request_many attributes', fn () => WhmcsOpensrs\opensrs_request_many(['ok' => $get,
    'looped' => ['attributes' => $loop] + $get], $opensrs['options']));
attempt('opensrs_request_many extra', fn () => WhmcsOpensrs\opensrs_request_many([
    'looped' => ['extra' => ['x' => $loop]] + $get], $opensrs['options']));
$entry = ['action' => 'GetUsers'];
$entry['params'] = &$entry;
attempt('an entry holding itself', fn () => WhmcsOpensrs\whmcs_api_many([7 => $entry], $whmcs['options']));
$logger = [null, 'log'];
$logger[0] = &$logger;
attempt('logger', fn () => WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => $logger] + $whmcs['options']));

/* 600 levels, a reference at every level. */
$deep = ['v' => 1];
for ($i = 0; $i < 600; $i++) {
    $level = ['d' => &$deep];
    unset($deep);
    $deep = $level;
    unset($level);
}
attempt('deep params', fn () => WhmcsOpensrs\whmcs_api('GetUsers', $deep, $whmcs['options']));
attempt('deep attributes', fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', $deep, [], $opensrs['options']));
attempt('deep entry', fn () => WhmcsOpensrs\whmcs_api_many([['action' => 'GetUsers', 'params' => $deep]], $whmcs['options']));

var_dump(wo_whmcs_last_request($whmcs));
echo 'OpenSRS requests: ', count(wo_opensrs_state($opensrs['state'])['requests']), "\n";
?>
--EXPECT--
whmcs_api: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain a recursive array
whmcs_api_many: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "looped": "params" must not contain a recursive array
opensrs_request attributes: ValueError: WhmcsOpensrs\opensrs_request(): Argument #3 ($attributes) must not contain a recursive reference
opensrs_request extra: ValueError: WhmcsOpensrs\opensrs_request(): Argument #4 ($extra) must not contain a recursive reference
opensrs_request_many attributes: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "looped": "attributes" must not contain a recursive reference
opensrs_request_many extra: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry "looped": "extra" must not contain a recursive reference
an entry holding itself: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry 7: "params" must not contain a recursive array
logger: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "logger" must be a valid callback or false, array given
deep params: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not be nested deeper than 64 levels
deep attributes: ValueError: WhmcsOpensrs\opensrs_request(): Argument #3 ($attributes) must not nest arrays deeper than 64 levels
deep entry: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry 0: "params" must not be nested deeper than 64 levels
NULL
OpenSRS requests: 0
