--TEST--
ip_resolve (whmcs.ip_resolve, opensrs.ip_resolve): v4 and v6 pin the address family a call connects over; any is the default
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
whmcs.ip_resolve=v6
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * The server listens on 127.0.0.1 only, and the URL names "localhost",
 * which is 127.0.0.1 and ::1: over IPv6 nothing answers (on a host without
 * IPv6, "localhost" does not resolve to ::1 at all, so v6 fails either way).
 */
$server = wo_fault_start('ok');
$url = "http://localhost:{$server['port']}";
echo 'ini: whmcs.ip_resolve=', ini_get('whmcs.ip_resolve'), ', opensrs.ip_resolve=', ini_get('opensrs.ip_resolve'), "\n";

function family_call(string $api, string $url, array $more): string
{
    try {
        if ($api === 'whmcs') {
            WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($url, 5.0, $more));
        } else {
            WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($url, 5.0, $more));
        }
        return 'answered';
    } catch (WhmcsOpensrs\TransportException $e) {
        /* "connect" where ::1 exists, "resolve the host" where it does not. */
        return preg_match('/^could not (connect|resolve the host):/', $e->getMessage())
            ? 'no connection' : 'TransportException: ' . $e->getMessage();
    }
}

foreach (['whmcs', 'opensrs'] as $api) {
    echo "$api, ini setting: ", family_call($api, $url, []), "\n";
    foreach (['any', 'v4', 'V4', 'v6'] as $family) {
        echo "$api, ip_resolve $family: ", family_call($api, $url, ['ip_resolve' => $family]), "\n";
    }
}

foreach (['ipv4', '', 4] as $bad) {
    try {
        WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($url, 5.0, ['ip_resolve' => $bad]));
    } catch (TypeError|ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(ini_set('opensrs.ip_resolve', 'v7'), ini_get('opensrs.ip_resolve'));
var_dump(ini_set('opensrs.ip_resolve', 'v6'), ini_get('opensrs.ip_resolve'));
echo 'opensrs, ini v6 now: ', family_call('opensrs', $url, []), "\n";
?>
--EXPECT--
ini: whmcs.ip_resolve=v6, opensrs.ip_resolve=any
whmcs, ini setting: no connection
whmcs, ip_resolve any: answered
whmcs, ip_resolve v4: answered
whmcs, ip_resolve V4: answered
whmcs, ip_resolve v6: no connection
opensrs, ini setting: answered
opensrs, ip_resolve any: answered
opensrs, ip_resolve v4: answered
opensrs, ip_resolve V4: answered
opensrs, ip_resolve v6: no connection
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "ip_resolve" must be "any", "v4" or "v6"
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "ip_resolve" must be "any", "v4" or "v6"
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "ip_resolve" must be "any", "v4" or "v6"
bool(false)
string(3) "any"
string(3) "any"
string(2) "v6"
opensrs, ini v6 now: no connection
