--TEST--
The proxy option sends calls through the proxy (absolute-form for http://, CONNECT for https://), whatever no_proxy says; bad proxies are refused
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

const PROXY_USER = 'proxy-user-PU7';
const PROXY_PASSWORD = 'PROXYPASS-5e0c1d';

/* The environment's exceptions do not apply either: only the option counts. */
putenv('no_proxy=127.0.0.1,localhost');
putenv('NO_PROXY=127.0.0.1,localhost');

$plain = wo_fault_start('ok');
$tls = wo_fault_start('ok', ['tls' => 'leaf']);
$ca = ['ca_file' => wo_certs()['ca']];

$proxy = wo_proxy_start();
$reply = WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($plain['url'], 5.0, ['proxy' => $proxy['url']]));
echo 'WHMCS over http: ', $reply['result'], "\n";
$reply = WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
    wo_fault_opensrs_options($tls['url'], 5.0, ['proxy' => $proxy['url']] + $ca));
echo 'OpenSRS over https: is_success ', $reply['is_success'], "\n";
echo str_replace([(string) $plain['port'], (string) $tls['port']], ['PLAIN', 'TLS'],
    implode("\n", wo_fault_requests($proxy))), "\n";

/* A proxy that wants credentials gets them from the URL's userinfo. */
$guarded = wo_proxy_start(PROXY_USER . ':' . PROXY_PASSWORD);
$with = 'http://' . PROXY_USER . ':' . PROXY_PASSWORD . '@127.0.0.1:' . $guarded['port'];
$reply = WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
    wo_fault_opensrs_options($tls['url'], 5.0, ['proxy' => $with] + $ca));
echo 'through a proxy with credentials: is_success ', $reply['is_success'], "\n";
echo str_replace((string) $tls['port'], 'TLS', implode("\n", wo_fault_requests($guarded))), "\n";

/* Failures name the proxy's trouble, never its credentials. */
$closed = wo_fault_closed_url();
$down = 'http://' . PROXY_USER . ':' . PROXY_PASSWORD . '@' . substr($closed, 7);
foreach (['whmcs' => $plain, 'opensrs' => $tls] as $api => $server) {
    try {
        if ($api === 'whmcs') {
            WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($server['url'], 5.0, ['proxy' => $down]));
        } else {
            WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($server['url'], 5.0, ['proxy' => $down] + $ca));
        }
    } catch (WhmcsOpensrs\TransportException $e) {
        echo "$api, proxy down: ", get_class($e), ': ', $e->getMessage(), "\n";
        $leaks = wo_fault_leaks($e, [PROXY_USER, PROXY_PASSWORD, urlencode(PROXY_PASSWORD)]);
        echo '  credentials: ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'none shown', "\n";
    }
}

/* Plain http to loopback is fine direct, not through a proxy elsewhere:
 * refused before anything is sent, so nothing resolves the name. */
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($plain['url'], 5.0,
        ['proxy' => 'http://proxy.example.invalid:3128']));
} catch (WhmcsOpensrs\TransportException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

foreach (['127.0.0.1:3128', 'ftp://127.0.0.1:21', 'http://', 'socks5h://' . PROXY_USER . ':' . PROXY_PASSWORD . '@'] as $bad) {
    try {
        WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($tls['url'], 5.0, ['proxy' => $bad]));
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
WHMCS over http: success
OpenSRS over https: is_success 1
POST http://127.0.0.1:PLAIN/includes/api.php auth=none
CONNECT 127.0.0.1:TLS auth=none
through a proxy with credentials: is_success 1
CONNECT 127.0.0.1:TLS auth=ok
whmcs, proxy down: WhmcsOpensrs\TransportException: could not connect to the proxy: %s
  credentials: none shown
opensrs, proxy down: WhmcsOpensrs\TransportException: could not connect to the proxy: %s
  credentials: none shown
WhmcsOpensrs\TransportException: plain http:// to 127.0.0.1 through a proxy on another host is refused: use https://, or set allow_insecure_http; the request was not sent
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "proxy" (or opensrs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "proxy" (or opensrs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "proxy" (or opensrs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "proxy" (or opensrs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host
