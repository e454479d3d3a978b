--TEST--
TLS: a ca_file or ca_path that cannot be read is a TransportException naming it, before any connection is made; with verify_tls off it is not used
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/* A listening socket: the kernel would complete any connection to it, and
 * accept() shows whether one came. */
$socket = stream_socket_server('tcp://127.0.0.1:0');
$url = 'https://' . stream_socket_get_name($socket, false);
$missing = sys_get_temp_dir() . '/wo-no-such-ca-' . getmypid() . '.pem';

foreach (['whmcs', 'opensrs'] as $api) {
    foreach (['ca_file' => $missing, 'ca_path' => $missing . '.d'] as $name => $path) {
        $more = [$name => $path];
        try {
            if ($api === 'whmcs') {
                WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($url, 2.0, $more));
            } else {
                WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($url, 2.0, $more));
            }
            echo "$api, $name: no exception\n";
        } catch (WhmcsOpensrs\TransportException $e) {
            echo "$api, $name: ", str_replace($missing, 'MISSING', $e->getMessage()), "\n";
        }
        echo '  connections: ', @stream_socket_accept($socket, 0) ? 'one' : 'none', "\n";
    }
}

/* Not verifying, the call does not read the CA locations: it goes through. */
$server = wo_fault_start('ok', ['tls' => 'self_signed']);
$reply = WhmcsOpensrs\whmcs_api('GetUsers', [],
    wo_fault_whmcs_options($server['url'], 20.0, ['ca_file' => $missing, 'verify_tls' => false]));
echo 'verify_tls off: ', $reply['result'], "\n";
?>
--EXPECT--
whmcs, ca_file: TLS failed: ca_file MISSING cannot be read: No such file or directory; the request was not sent
  connections: none
whmcs, ca_path: TLS failed: ca_path MISSING.d cannot be read: No such file or directory; the request was not sent
  connections: none
opensrs, ca_file: TLS failed: ca_file MISSING cannot be read: No such file or directory; the request was not sent
  connections: none
opensrs, ca_path: TLS failed: ca_path MISSING.d cannot be read: No such file or directory; the request was not sent
  connections: none
verify_tls off: success
