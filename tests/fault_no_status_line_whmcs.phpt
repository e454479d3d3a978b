--TEST--
Fault (WHMCS): an answer without a status line (HTTP/0.9 style): ProtocolException
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
 * A service that is not HTTP (or a broken proxy) writes text and closes,
 * with no status line and no headers. libcurl is told to accept that, for
 * OpenSRS; for WHMCS it is simply not JSON.
 */
$server = wo_fault_start('no_status');
$options = wo_fault_whmcs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
wo_fault_next_call_works('whmcs');
?>
--EXPECTF--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (no HTTP status line): "ERROR: this is not an HTTP server"
status: 0
elapsed: within the timeout
secrets: none leaked
next call: result success
