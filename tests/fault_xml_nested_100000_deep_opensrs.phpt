--TEST--
Fault (OpenSRS): XML nested 100,000 elements deep: ProtocolException, no crash
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
 * Each level would cost a stack frame in a recursive reader, or a PHP array
 * in the decoded value; the decoder refuses values nested deeper than 64.
 */
$server = wo_fault_start('xml_deep');
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
class: WhmcsOpensrs\ProtocolException
message: OpenSRS answered HTTP 200 with no OPS envelope: values nested deeper than 64 levels
status: 200
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
