--TEST--
Fault (OpenSRS): connection reset in the middle of the body: TransportException
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
 * The server sends the headers and half the body, then the connection is
 * reset (RST). Half an answer must not be read as an answer.
 */
$server = wo_fault_start('reset');
$options = wo_fault_opensrs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
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
