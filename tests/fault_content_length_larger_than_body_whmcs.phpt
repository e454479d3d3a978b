--TEST--
Fault (WHMCS): Content-Length larger than the body: TransportException
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
 * The server promises 1,000 bytes more than it sends, then closes the
 * connection. A complete-looking document that lacks bytes its header
 * promised is not an answer.
 */
$server = wo_fault_start('content_length_long');
$options = wo_fault_whmcs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    delete_user_client(7, 3, $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
wo_fault_next_call_works('whmcs');
?>
--EXPECTF--
class: WhmcsOpensrs\TransportException
message: the connection failed mid-answer: %s; the request was possibly sent
status: 0
elapsed: within the timeout
secrets: none leaked
next call: result success
