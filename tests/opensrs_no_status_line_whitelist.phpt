--TEST--
OpenSRS's answer without an HTTP status line (an IP it has not whitelisted): OpensrsAuthException telling to whitelist this server's IP
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start_socket('unlisted');

try {
    opensrs_delete_subuser('example.com', 2532880, 'domainowner', $server['options']);
    echo "no exception\n";
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), "\n";
    echo $e->getMessage(), "\n";
    var_dump($e->getHttpStatus(), $e->getCode());
    var_dump($e->getResponse()['response_text']);
}
/* The request did reach the server. */
$requests = wo_opensrs_state($server['state'])['requests'];
var_dump(count($requests), $requests[0]['x_username']);

/* WhmcsOpensrs\opensrs_request() goes the same way. */
try {
    WhmcsOpensrs\opensrs_request('get', 'balance', [], [], $server['options']);
} catch (WhmcsOpensrs\OpensrsAuthException $e) {
    var_dump(str_contains($e->getMessage(), 'whitelisted'));
}
?>
--EXPECT--
WhmcsOpensrs\OpensrsAuthException
OpenSRS answered without an HTTP status line, which is how it turns away an IP address it has not whitelisted: add this server's public IP address to the allowed IPs for API access in the OpenSRS Reseller Control Panel; changes take up to 15 minutes to apply (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
int(0)
int(400)
string(33) "Access denied: invalid IP address"
int(1)
string(16) "wo_reseller_rick"
bool(true)
