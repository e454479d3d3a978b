--TEST--
Fault (OpenSRS): a chunked body cut short by a clean close: TransportException
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
 * The body is chunked; the server announces a chunk, sends 20 bytes of it
 * and closes the connection normally, without the last chunk. The HTTP
 * framing shows the body is incomplete.
 */
$server = wo_fault_start('truncated_chunked');
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
class: WhmcsOpensrs\TransportException
message: the connection failed mid-answer: %s; the request was possibly sent
status: 0
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
