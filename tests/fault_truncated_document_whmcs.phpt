--TEST--
Fault (WHMCS): a body ended by the close of the connection, half a JSON document: ProtocolException
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
 * Without Content-Length or chunking, HTTP/1.1 lets the close of the
 * connection end the body, so the transfer looks complete. Only the JSON
 * shows it is not.
 */
$server = wo_fault_start('truncated_document');
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
message: WHMCS answered with something other than JSON (HTTP 200): "{"result":"success",%s"
status: 200
elapsed: within the timeout
secrets: none leaked
next call: result success
