--TEST--
Fault (OpenSRS): HTTP 500 with an HTML page: ProtocolException naming the root element
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
 * A proxy answers 500 with an HTML page instead of an OPS envelope.
 */
$server = wo_fault_start('html_500');
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
message: OpenSRS answered HTTP 500 with no OPS envelope: the root element is <html>, not <OPS_envelope>
status: 500
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
