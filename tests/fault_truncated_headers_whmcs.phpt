--TEST--
Fault (WHMCS): the connection ends inside the answer's headers: TransportException, possibly sent (libcurl takes it for a whole answer with an empty body)
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
 * The status line and half the headers, then a clean close: no answer,
 * though libcurl reports the transfer done, with status 200 and no body.
 */
$server = wo_fault_start('truncated_headers');
$options = wo_fault_whmcs_options($server['url'], 5.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\whmcs_api('AddOrder', ['clientid' => 1], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
echo 'isPossiblySent: ', var_export($e instanceof WhmcsOpensrs\TransportException && $e->isPossiblySent(), true), "\n";
wo_fault_next_call_works('whmcs');
?>
--EXPECT--
class: WhmcsOpensrs\TransportException
message: the connection ended in the middle of the answer's headers; the request was possibly sent
status: 0
elapsed: within the timeout
secrets: none leaked
isPossiblySent: true
next call: result success
