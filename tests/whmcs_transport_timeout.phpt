--TEST--
A server that accepts and never answers: TransportException on the 0.5 s timeout
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

/* The kernel completes the handshake for a listening socket; nobody ever
 * reads the request or answers it. */
$socket = stream_socket_server('tcp://127.0.0.1:0');
$address = stream_socket_get_name($socket, false);

$options = ['url' => "http://$address/", 'username' => WO_WHMCS_ADMIN, 'password' => WO_WHMCS_ADMIN_PASSWORD,
            'timeout' => 0.5, 'connect_timeout' => 0.5];
$start = microtime(true);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
} catch (WhmcsOpensrs\Exception $e) {
    $elapsed = microtime(true) - $start;
    wo_whmcs_report($e);
    /* valgrind (-m) slows everything down; the bound only has to show that
     * the call did not wait for the 30 s default. */
    var_dump($elapsed >= 0.45, $elapsed < 10);
}
fclose($socket);
?>
--EXPECTF--
class: WhmcsOpensrs\TransportException
message: no answer within 0.5 s; the request was possibly sent
code: %d
status: 0
secrets: none leaked
bool(true)
bool(true)
