--TEST--
Fault (OpenSRS): expired TLS certificate: TransportException
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
 * The certificate is for 127.0.0.1 and signed by a CA the client trusts
 * (ca_file), but it expired yesterday.
 */
$server = wo_fault_start('ok', ['tls' => 'expired']);
$options = wo_fault_opensrs_options($server['url'], 5.0, ['ca_file' => wo_certs()['ca']]);
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
message: TLS failed: %s; the request was not sent
status: 0
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
