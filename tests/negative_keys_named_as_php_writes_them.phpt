--TEST--
Negative integer keys are named as PHP writes them (-1, not 18446744073709551615): in the errors of whmcs_api_many() and opensrs_request_many(), in their answers, in form names and in OPS item keys
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/many.inc';
$whmcs = wo_whmcs_start();
$opensrs = wo_opensrs_start_socket('keepalive', ['flight' => []]);

function attempt(string $label, callable $call): void
{
    try {
        $call();
        echo "$label: no error\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}

attempt('whmcs, not an array', fn () => WhmcsOpensrs\whmcs_api_many([-1 => 'GetUsers'], $whmcs['options']));
attempt('whmcs, bad action', fn () => WhmcsOpensrs\whmcs_api_many([PHP_INT_MIN => ['action' => 'Get Users']], $whmcs['options']));
attempt('whmcs, bad params', fn () => WhmcsOpensrs\whmcs_api_many([-7 => ['action' => 'GetUsers', 'params' => ['action' => 'x']]], $whmcs['options']));
attempt('opensrs, not an array', fn () => WhmcsOpensrs\opensrs_request_many([-1 => 'get'], $opensrs['options']));
attempt('opensrs, no object', fn () => WhmcsOpensrs\opensrs_request_many([-2 => ['action' => 'get']], $opensrs['options']));
attempt('opensrs, bad attributes', fn () => WhmcsOpensrs\opensrs_request_many([-3 => ['attributes' => ['x' => NAN]] + wo_many_gets(1)['get1']], $opensrs['options']));

wo_many_report(WhmcsOpensrs\whmcs_api_many([-1 => ['action' => 'GetUsers', 'params' => ['limitnum' => 1, 'x' => [-1 => 'a', -20 => 'b'], -5 => 'c']]], $whmcs['options']));
echo wo_whmcs_last_request($whmcs)['body'], "\n";

$get = wo_many_gets(1)['get1'];
$get['attributes']['list'] = [-1 => 'minus one', 3 => 'three'];
wo_many_report(WhmcsOpensrs\opensrs_request_many([-1 => $get, PHP_INT_MIN => wo_many_gets(1)['get1']], $opensrs['options']));
$requests = wo_opensrs_state($opensrs['state'])['requests'];
echo json_encode($requests[0]['data']['attributes']['list']), "\n";
?>
--EXPECTF--
whmcs, not an array: TypeError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry -1 must be of type array, string given
whmcs, bad action: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry -9223372036854775808: "action" must be a non-empty ASCII word (letters, digits, underscores)
whmcs, bad params: ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry -7: "params" must not contain the reserved key "action" (credentials belong in $options)
opensrs, not an array: TypeError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry -1 must be of type array, string given
opensrs, no object: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry -2 must have the field "object"
opensrs, bad attributes: ValueError: WhmcsOpensrs\opensrs_request_many(): Argument #1 ($calls) entry -3: "attributes" must not contain INF or NAN
-1 => success
action=GetUsers&identifier=%s&secret=%s&responsetype=json&limitnum=1&x%5B-1%5D=a&x%5B-20%5D=b&-5=c
-1 => 200
-9223372036854775807-1 => 200
{"-1":"minus one","3":"three"}
