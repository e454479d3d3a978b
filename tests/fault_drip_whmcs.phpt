--TEST--
Fault (WHMCS): an answer dripped one byte a second: TransportException at the timeout
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
 * Every byte resets an idle timer, so a client that only times out idle
 * reads would wait for the whole answer (minutes). The timeout covers the
 * whole transfer.
 */
$server = wo_fault_start('drip');
$options = wo_fault_whmcs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout'], true);
wo_fault_next_call_works('whmcs');
?>
--EXPECTF--
class: WhmcsOpensrs\TransportException
message: no answer within 1 s; the request was possibly sent
status: 0
elapsed: the timeout
secrets: none leaked
next call: result success
