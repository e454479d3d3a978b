--TEST--
Fault (OpenSRS): plain HTTP spoken to a TLS port: TransportException
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
 * An http:// URL for a port that speaks TLS. The server takes the request
 * for a bad handshake and drops the connection; whatever bytes came back
 * must not be read as an answer (libcurl accepts status-less answers here,
 * for OpenSRS).
 */
$server = wo_fault_start('ok', ['tls' => 'leaf']);
$options = wo_fault_opensrs_options(str_replace('https://', 'http://', $server['url']), 5.0);
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
message: the connection failed %s; the request was possibly sent
status: 0
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
