--TEST--
Fault (OpenSRS): a body ended by the close of the connection, half an OPS document: ProtocolException
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
 * connection end the body, so the transfer looks complete. Only the XML
 * shows it is not.
 */
$server = wo_fault_start('truncated_document');
$options = wo_fault_opensrs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\opensrs_request('get', 'balance', [], [], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
wo_fault_next_call_works('opensrs');
?>
--EXPECTF--
class: WhmcsOpensrs\ProtocolException
message: OpenSRS answered HTTP 200 with no OPS envelope: malformed XML at line %d: %s
status: 200
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
