--TEST--
Fault (WHMCS): a TLS handshake the server never answers: TransportException at the shorter of the two timeouts, naming it
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
 * An https:// URL for a server that accepts the connection and reads the
 * ClientHello, but never answers it: the connection is never set up.
 * connect_timeout bounds the set-up, and timeout the whole call, set-up
 * included; whichever is shorter fires, and the message names that one
 * (it used to name connect_timeout, with its value, even when timeout had
 * fired first).
 */
$server = wo_fault_start('silent');
$url = str_replace('http://', 'https://', $server['url']);
foreach ([[1.0, 5.0], [5.0, 1.0]] as [$timeout, $connectTimeout]) {
    echo "-- timeout $timeout, connect_timeout $connectTimeout\n";
    $options = wo_fault_whmcs_options($url, $timeout, ['connect_timeout' => $connectTimeout]);
    $start = hrtime(true);
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
        $e = null;
    } catch (Throwable $e) {
    }
    wo_fault_report($e, $start, min($timeout, $connectTimeout), true);
}
wo_fault_next_call_works('whmcs');
?>
--EXPECT--
-- timeout 1, connect_timeout 5
class: WhmcsOpensrs\TransportException
message: timed out after 1 s setting up the connection (timeout); the request was not sent
status: 0
elapsed: the timeout
secrets: none leaked
-- timeout 5, connect_timeout 1
class: WhmcsOpensrs\TransportException
message: timed out after 1 s setting up the connection (connect_timeout); the request was not sent
status: 0
elapsed: the timeout
secrets: none leaked
next call: result success
