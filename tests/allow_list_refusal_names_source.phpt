--TEST--
Allow-list refusals (WHMCS "Invalid IP", OpenSRS 400 invalid IP and no status line) name the address and family the call left from, or the proxy it went through
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/opensrs.inc';
require __DIR__ . '/fault.inc';

const PROXY_CREDENTIALS = 'proxy-user-AL:PROXYPASS-a11c';

$proxy = wo_proxy_start(PROXY_CREDENTIALS);
$via_proxy = ['proxy' => 'http://' . PROXY_CREDENTIALS . '@127.0.0.1:' . $proxy['port']];
$v4 = ['ip_resolve' => 'v4'];

/* refusal()'s own frame holds the options: the message and the
 * extension's frame (its $options are #[\SensitiveParameter]) must not. */
function refusal(string $api, array $options, int $proxy_port): void
{
    try {
        if ($api === 'whmcs') {
            WhmcsOpensrs\whmcs_api('GetUsers', [], $options);
        } else {
            WhmcsOpensrs\opensrs_request('get', 'balance', [], [], $options);
        }
        echo "no exception\n";
    } catch (WhmcsOpensrs\Exception $e) {
        echo get_class($e), ': ', str_replace(":$proxy_port", ':PROXY', $e->getMessage()), "\n";
        $text = $e->getMessage() . print_r($e->getTrace()[0]['args'] ?? [], true);
        if (str_contains($text, 'PROXYPASS') || str_contains($text, 'proxy-user')) {
            echo "  the proxy's credentials show\n";
        }
    }
}

$whmcs = wo_whmcs_start(['allowed_ips' => ['203.0.113.7']] + wo_whmcs_fixture());
$localhost = str_replace('127.0.0.1', 'localhost', $whmcs['url']);
echo "-- WHMCS\n";
refusal('whmcs', ['url' => $localhost] + $v4 + $whmcs['options'], $proxy['port']);
refusal('whmcs', $via_proxy + $whmcs['options'], $proxy['port']);

echo "-- OpenSRS, 400 invalid IP address\n";
$opensrs = wo_opensrs_start(['state' => ['mode' => 'deny_ip']]);
$localhost = str_replace('127.0.0.1', 'localhost', $opensrs['url']);
refusal('opensrs', ['endpoint' => $localhost] + $v4 + $opensrs['options'], $proxy['port']);
refusal('opensrs', $via_proxy + $opensrs['options'], $proxy['port']);

echo "-- OpenSRS, no status line\n";
$unlisted = wo_opensrs_start_socket('unlisted');
$localhost = str_replace('127.0.0.1', 'localhost', $unlisted['url']);
refusal('opensrs', ['endpoint' => $localhost] + $v4 + $unlisted['options'], $proxy['port']);

echo "-- other refusals say nothing of the address\n";
wo_whmcs_update($whmcs, ['allowed_ips' => ['127.0.0.1']]);
refusal('whmcs', ['secret' => 'wrong'] + $whmcs['options'], $proxy['port']);
?>
--EXPECT--
-- WHMCS
WhmcsOpensrs\WhmcsAuthException: Invalid IP 127.0.0.1 (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
WhmcsOpensrs\WhmcsAuthException: Invalid IP 127.0.0.1 (this call went through the proxy http://127.0.0.1:PROXY: the server sees the proxy's address)
-- OpenSRS, 400 invalid IP address
WhmcsOpensrs\OpensrsAuthException: Access denied: invalid IP address (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
WhmcsOpensrs\OpensrsAuthException: Access denied: invalid IP address (this call went through the proxy http://127.0.0.1:PROXY: the server sees the proxy's address)
-- OpenSRS, no status line
WhmcsOpensrs\OpensrsAuthException: OpenSRS answered without an HTTP status line, which is how it turns away an IP address it has not whitelisted: add this server's public IP address to the allowed IPs for API access in the OpenSRS Reseller Control Panel; changes take up to 15 minutes to apply (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
-- other refusals say nothing of the address
WhmcsOpensrs\WhmcsAuthException: Invalid or missing credentials
