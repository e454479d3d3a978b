--TEST--
Fault (OpenSRS): an XML entity bomb ("billion laughs"): ProtocolException at once
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
 * Under 1 KB of entity declarations that expand to 3 GB. The decoder refuses
 * the internal subset before anything expands.
 */
$server = wo_fault_start('xml_entity_bomb');
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
message: OpenSRS answered HTTP 200 with no OPS envelope: a DOCTYPE internal subset is not allowed
status: 200
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
