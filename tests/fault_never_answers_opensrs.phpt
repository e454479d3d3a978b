--TEST--
Fault (OpenSRS): a server that accepts and never answers: TransportException after the timeout
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
 * The server accepts the connection and reads the request, then says nothing
 * and keeps the connection open. Only the timeout ends the call: it must end
 * it on time.
 */
$server = wo_fault_start('silent');
$options = wo_fault_opensrs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout'], true);
wo_fault_next_call_works('opensrs');
?>
--EXPECTF--
class: WhmcsOpensrs\TransportException
message: no answer within 1 s; the request was possibly sent
status: 0
elapsed: the timeout
secrets: none leaked
next call: is_success 1
