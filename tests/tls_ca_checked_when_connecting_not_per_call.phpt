--TEST--
TLS: the CA locations are checked before the first connection of a kept handle, not on every call on it (libcurl reads them when it connects)
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
 * A server that keeps the connection. The CA file goes away after the
 * first call: the second runs on the kept, verified connection, which
 * reads no CA location, and is answered. A call refused by the check is
 * checked again next time: it kept nothing.
 */
foreach (['whmcs', 'opensrs'] as $api) {
    $server = wo_fault_start('kept', ['tls' => 'leaf']);
    $ca = wo_fault_temp_file('wo-ca-');
    $call = function () use ($api, $server, &$ca) {
        try {
            if ($api === 'whmcs') {
                WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($server['url'], 5.0, ['ca_file' => $ca]));
            } else {
                WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
                    wo_fault_opensrs_options($server['url'], 5.0, ['ca_file' => $ca]));
            }
            return 'answered';
        } catch (WhmcsOpensrs\TransportException $e) {
            return str_replace($ca, 'CA', $e->getMessage());
        }
    };
    unlink($ca);
    echo "$api, no CA file yet: ", $call(), "\n";
    echo "$api, again: ", $call(), "\n";
    copy(wo_certs()['ca'], $ca);
    echo "$api, CA file there: ", $call(), "\n";
    unlink($ca);
    echo "$api, CA file gone, connection kept: ", $call(), "\n";
    echo "$api: requests the server read: ", count(wo_fault_requests($server)), "\n";
}
?>
--EXPECT--
whmcs, no CA file yet: TLS failed: ca_file CA cannot be read: No such file or directory; the request was not sent
whmcs, again: TLS failed: ca_file CA cannot be read: No such file or directory; the request was not sent
whmcs, CA file there: answered
whmcs, CA file gone, connection kept: answered
whmcs: requests the server read: 2
opensrs, no CA file yet: TLS failed: ca_file CA cannot be read: No such file or directory; the request was not sent
opensrs, again: TLS failed: ca_file CA cannot be read: No such file or directory; the request was not sent
opensrs, CA file there: answered
opensrs, CA file gone, connection kept: answered
opensrs: requests the server read: 2
