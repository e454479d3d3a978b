--TEST--
Fault (OpenSRS): a relative 302 to a URL with user:password@: neither the message nor the module log quotes the userinfo
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * Behind HTTP basic auth the URL holds user:password@, and libcurl resolves
 * a relative Location against it. The message names the new location, the
 * logger gets every field there is: none may hold the userinfo.
 */
$server = wo_fault_start('redirect_relative');
$url = str_replace('http://', 'http://basic-user:BASIC-pw-5ee1c0@', $server['url']);
$entries = [];
$logger = static function (array $entry) use (&$entries) { $entries[] = $entry; };
try {
    WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($url, 5.0, ['logger' => $logger]));
    $e = null;
} catch (Throwable $e) {
}
echo get_class($e), ': ', $e->getMessage(), "\n";
$logged = var_export($entries, true);
echo count($entries), " log entry, error: ", $entries[0]['error'], "\n";
foreach (['basic-user', 'BASIC-pw-5ee1c0', base64_encode('basic-user:BASIC-pw-5ee1c0')] as $i => $secret) {
    foreach (['message' => $e->getMessage(), 'trace' => $e->getTraceAsString(), 'log' => $logged] as $where => $text) {
        if (str_contains($text, $secret)) {
            echo "userinfo part #$i in $where\n";
        }
    }
}
echo 'requests: ', count(wo_fault_requests($server)), "\n";
?>
--EXPECTF--
WhmcsOpensrs\ProtocolException: HTTP 302 redirect to http://127.0.0.1:%d/moved/api.php: redirects are not followed, set the URL to the final address
1 log entry, error: WhmcsOpensrs\ProtocolException: HTTP 302 redirect to http://127.0.0.1:%d/moved/api.php: redirects are not followed, set the URL to the final address
requests: 1
