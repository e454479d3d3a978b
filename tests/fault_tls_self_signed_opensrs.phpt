--TEST--
Fault (OpenSRS): TLS with a self-signed certificate: refused while verifying, accepted with ca_file
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
 * A self-signed certificate for 127.0.0.1. With verification on (the
 * default) it is refused; with ca_file pointing at the certificate itself
 * it is trusted and the call succeeds; verify_tls => false accepts it too.
 * TLS calls get 5 s: a handshake under valgrind is slow.
 */
$server = wo_fault_start('ok', ['tls' => 'self_signed']);
$options = wo_fault_opensrs_options($server['url'], 5.0);
$start = hrtime(true);
try {
    opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);

foreach (['ca_file' => wo_certs()['self_signed'], 'verify_tls' => false] as $name => $value) {
    $options = wo_fault_opensrs_options($server['url'], 5.0, [$name => $value]);
    $reply = opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
    echo "with $name: ";
    echo 'is_success: ', $reply['is_success'], "\n";
}
?>
--EXPECTF--
class: WhmcsOpensrs\TransportException
message: TLS failed: %s; the request was not sent
status: 0
elapsed: within the timeout
secrets: none leaked
with ca_file: is_success: 1
with verify_tls: is_success: 1
