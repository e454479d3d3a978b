--TEST--
Kept connections: a call never inherits the CA file, CA path or verify_tls of an earlier call to the same origin
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
whmcs_opensrs.persistent=1
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * One TLS origin whose certificate the test CA signed, called again and
 * again in one process with kept connections on. Each call must be judged
 * by its own settings alone: in PHP-FPM the previous call on a kept handle
 * may be another script's. "other_ca" signed nothing here. The 30 s
 * timeouts only bound a hang: under valgrind on a loaded machine the
 * first handshake with a CA path takes seconds.
 */
$server = wo_fault_start('ok', ['tls' => 'leaf']);
$certs = wo_certs();

function tls_call(array $server, string $api, array $tls): string
{
    try {
        if ($api === 'opensrs') {
            WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($server['url'], 30.0, $tls));
        } else {
            WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($server['url'], 30.0, $tls));
        }
        return 'accepted';
    } catch (WhmcsOpensrs\TransportException $e) {
        return 'refused: ' . $e->getMessage();
    }
}

$calls = [
    ['opensrs', 'ca_path = test CA', ['ca_path' => $certs['ca_dir']]],
    ['opensrs', 'ca_file = other CA', ['ca_file' => $certs['other_ca']]],
    ['opensrs', 'ca_file = test CA', ['ca_file' => $certs['ca']]],
    ['opensrs', 'ca_path = other CA', ['ca_path' => $certs['other_ca_dir']]],
    ['opensrs', 'verify_tls off', ['verify_tls' => false, 'ca_file' => $certs['other_ca']]],
    ['opensrs', 'ca_file = other CA', ['ca_file' => $certs['other_ca']]],
    ['whmcs', 'ca_path = test CA', ['ca_path' => $certs['ca_dir']]],
    ['whmcs', 'ca_file = other CA', ['ca_file' => $certs['other_ca']]],
    ['opensrs', 'ca_path = test CA', ['ca_path' => $certs['ca_dir']]],
];
foreach ($calls as [$api, $label, $tls]) {
    echo "$api, $label: ", tls_call($server, $api, $tls), "\n";
}
echo 'requests answered: ', count(wo_fault_requests($server)), "\n";
?>
--EXPECTF--
opensrs, ca_path = test CA: accepted
opensrs, ca_file = other CA: refused: TLS failed: %s
opensrs, ca_file = test CA: accepted
opensrs, ca_path = other CA: refused: TLS failed: %s
opensrs, verify_tls off: accepted
opensrs, ca_file = other CA: refused: TLS failed: %s
whmcs, ca_path = test CA: accepted
whmcs, ca_file = other CA: refused: TLS failed: %s
opensrs, ca_path = test CA: accepted
requests answered: 5
