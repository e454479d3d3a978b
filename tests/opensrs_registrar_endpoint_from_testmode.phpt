--TEST--
Registrar credentials: with no endpoint set, the registrar's TestMode picks it (on: horizon, off: rr-n1-tor); a set endpoint (option or ini) wins. Seen through the logger, with nothing sent anywhere
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/*
 * The calls below name OpenSRS's real hosts, which no test may contact, not
 * even through DNS. Each is given a ca_file that does not exist, and a CA
 * location that cannot be read fails an https call before the host is
 * looked up. The logger still gets its entry, with the URL that was chosen.
 * First, that this really stops a call before it connects: a listening
 * socket on loopback must see no connection, or the test goes no further.
 */
$guard = stream_socket_server('tcp://127.0.0.1:0');
$missing = sys_get_temp_dir() . '/wo-no-such-ca-' . getmypid() . '.pem';
$entries = [];
$base = ['ca_file' => $missing, 'timeout' => 1, 'connect_timeout' => 1,
         'logger' => function (array $entry) use (&$entries) { $entries[] = $entry; }];

function call(array $options): string
{
    try {
        WhmcsOpensrs\opensrs_request('get', 'balance', [], [], $options);
        return 'no exception';
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
}

function getRegistrarConfigOptions(string $registrar): array
{
    return $GLOBALS['settings'];
}

$GLOBALS['settings'] = ['Username' => 'reseller', 'PrivateKey' => 'KEY-registrar-7c0d', 'TestMode' => 'on'];
$outcome = call(['endpoint' => 'https://' . stream_socket_get_name($guard, false)] + $base);
if (@stream_socket_accept($guard, 0) || !str_contains($outcome, 'cannot be read')) {
    exit("the ca_file check no longer stops a call before it connects: $outcome\n");
}
$entries = [];

$cases = [
    'TestMode on' => [['TestMode' => 'on'], []],
    'TestMode ""' => [['TestMode' => ''], []],
    'TestMode missing' => [[], []],
    'TestMode on, endpoint "live"' => [['TestMode' => 'on'], ['endpoint' => 'live']],
    'TestMode "", endpoint "test"' => [['TestMode' => ''], ['endpoint' => 'test']],
];
foreach ($cases as $what => [$mode, $more]) {
    $GLOBALS['settings'] = ['Username' => 'reseller', 'PrivateKey' => 'KEY-registrar-7c0d'] + $mode;
    $outcome = call($more + $base);
    echo "$what: ", end($entries)['url'], str_contains($outcome, 'cannot be read') ? '' : " ($outcome)", "\n";
}
$GLOBALS['settings'] = ['Username' => 'reseller', 'PrivateKey' => 'KEY-registrar-7c0d', 'TestMode' => 'on'];
ini_set('opensrs.endpoint', 'live');
echo 'TestMode on, opensrs.endpoint=live: ', call($base) === $outcome ? end($entries)['url'] : 'other outcome', "\n";
ini_set('opensrs.endpoint', 'https://opensrs-proxy.invalid:8443/');
echo 'TestMode on, opensrs.endpoint a URL: ', call($base) === $outcome ? end($entries)['url'] : 'other outcome', "\n";
/* Credentials of the caller's own: TestMode is not asked, test is the default. */
ini_restore('opensrs.endpoint');
call(['reseller_username' => 'mine', 'api_key' => 'KEY-mine-0000'] + $base);
echo 'own credentials, no endpoint: ', end($entries)['url'], "\n";

echo str_replace($missing, 'MISSING', $outcome), "\n";
echo 'connections: ', @stream_socket_accept($guard, 0) ? 'one' : 'none', "\n";
?>
--EXPECT--
TestMode on: https://horizon.opensrs.net:55443/
TestMode "": https://rr-n1-tor.opensrs.net:55443/
TestMode missing: https://rr-n1-tor.opensrs.net:55443/
TestMode on, endpoint "live": https://rr-n1-tor.opensrs.net:55443/
TestMode "", endpoint "test": https://horizon.opensrs.net:55443/
TestMode on, opensrs.endpoint=live: https://rr-n1-tor.opensrs.net:55443/
TestMode on, opensrs.endpoint a URL: https://opensrs-proxy.invalid:8443/
own credentials, no endpoint: https://horizon.opensrs.net:55443/
WhmcsOpensrs\TransportException: TLS failed: ca_file MISSING cannot be read: No such file or directory; the request was not sent
connections: none
