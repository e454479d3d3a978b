--TEST--
Fault (OpenSRS): connection refused: TransportException at once
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
 * Nothing listens on the port: the kernel answers the SYN with a reset. The
 * call must fail at once, not wait for a timeout.
 */
$url = wo_fault_closed_url();
$options = wo_fault_opensrs_options($url, 1.0);
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
message: could not connect: %s; the request was not sent
status: 0
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
