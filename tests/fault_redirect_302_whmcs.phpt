--TEST--
Fault (WHMCS): HTTP 302: ProtocolException naming the new location, not followed
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
 * A redirect is not followed: following it would resend the credentials to
 * wherever it points. The server log shows that no second request arrived.
 */
$server = wo_fault_start('redirect');
$options = wo_fault_whmcs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
echo 'requests: ', count(wo_fault_requests($server)), "\n";
wo_fault_next_call_works('whmcs');
?>
--EXPECTF--
class: WhmcsOpensrs\ProtocolException
message: HTTP 302 redirect to http://127.0.0.1:%d/moved/api.php: redirects are not followed, set the URL to the final address
status: 302
elapsed: within the timeout
secrets: none leaked
requests: 1
next call: result success
