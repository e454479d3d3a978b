--TEST--
ini: an invalid value in php.ini is refused at startup with a warning naming the setting, the value and the default used instead; the default then applies
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
whmcs.transport=xx
whmcs.timeout=0
whmcs.verify_tls=maybe
whmcs.max_response_size=abc
whmcs.ip_resolve=ipv4
opensrs.endpoint=staging
opensrs.registrar=enom
opensrs.connect_timeout=30s
opensrs.verify_tls="yes please"
opensrs.max_response_size=16X
whmcs_opensrs.persistent=2
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

foreach (['whmcs.transport', 'whmcs.timeout', 'whmcs.verify_tls', 'whmcs.max_response_size', 'whmcs.ip_resolve', 'opensrs.endpoint',
          'opensrs.registrar', 'opensrs.connect_timeout', 'opensrs.verify_tls', 'opensrs.max_response_size', 'whmcs_opensrs.persistent'] as $name) {
    echo "$name = ", ini_get($name), "\n";
}

/* The defaults are in force: verification stays on (PHP's own boolean
 * reading would have taken "maybe" as off), and a 2 MiB answer is within
 * 16M. */
$tls = wo_fault_start('ok', ['tls' => 'self_signed']);
foreach (['whmcs', 'opensrs'] as $api) {
    try {
        if ($api === 'whmcs') {
            WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($tls['url'], 20.0));
        } else {
            WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($tls['url'], 20.0));
        }
        echo "$api: the self-signed certificate was accepted\n";
    } catch (WhmcsOpensrs\TransportException $e) {
        echo "$api: ", $e->getMessage(), "\n";
    }
}
$big = wo_fault_start('oversize', ['size' => 2 << 20]);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($big['url'], 10.0));
    echo "whmcs, a 2 MiB answer: accepted\n";
} catch (WhmcsOpensrs\Exception $e) {
    echo 'whmcs, a 2 MiB answer: ', $e->getMessage(), "\n";
}
try {
    WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($big['url'], 10.0));
    echo "opensrs, a 2 MiB answer: accepted\n";
} catch (WhmcsOpensrs\Exception $e) {
    echo 'opensrs, a 2 MiB answer: ', $e->getMessage(), "\n";
}

/* transport "auto" with localAPI() defined and no URL: in-process. */
function localAPI(string $command, array $postData, string $adminUser = ''): array
{
    return ['result' => 'success', 'via' => 'localAPI'];
}
echo 'whmcs: ', WhmcsOpensrs\whmcs_api('GetUsers')['via'], "\n";
?>
--EXPECTF--
Warning: Invalid "whmcs.transport" setting "xx": it must be auto, http or local; the default "auto" is used in Unknown on line 0

Warning: Invalid "whmcs.timeout" setting "0": it must be a number of seconds greater than 0; the default "30" is used in Unknown on line 0

Warning: Invalid "whmcs.verify_tls" setting "maybe": it must be 1, 0, on, off, yes, no, true, false or empty; the default "1" is used in Unknown on line 0

Warning: Invalid "whmcs.max_response_size" setting "abc": it must be a number of bytes greater than 0, with an optional K, M or G suffix; the default "16M" is used in Unknown on line 0

Warning: Invalid "whmcs.ip_resolve" setting "ipv4": it must be any, v4 or v6; the default "any" is used in Unknown on line 0

Warning: Invalid "opensrs.endpoint" setting "staging": it must be test, live or an http(s) URL; the default (empty) is used in Unknown on line 0

Warning: Invalid "opensrs.registrar" setting "enom": it must be opensrs or opensrspro; the default "opensrs" is used in Unknown on line 0

Warning: Invalid "opensrs.connect_timeout" setting "30s": it must be a number of seconds greater than 0; the default "10" is used in Unknown on line 0

Warning: Invalid "opensrs.verify_tls" setting "yes please": it must be 1, 0, on, off, yes, no, true, false or empty; the default "1" is used in Unknown on line 0

Warning: Invalid "opensrs.max_response_size" setting "16X": it must be a number of bytes greater than 0, with an optional K, M or G suffix; the default "16M" is used in Unknown on line 0

Warning: Invalid "whmcs_opensrs.persistent" setting "2": it must be 1, 0, on, off, yes, no, true, false or empty; the default "1" is used in Unknown on line 0
whmcs.transport = auto
whmcs.timeout = 30
whmcs.verify_tls = 1
whmcs.max_response_size = 16M
whmcs.ip_resolve = any
opensrs.endpoint = 
opensrs.registrar = opensrs
opensrs.connect_timeout = 10
opensrs.verify_tls = 1
opensrs.max_response_size = 16M
whmcs_opensrs.persistent = 1
whmcs: TLS failed: %s
opensrs: TLS failed: %s
whmcs, a 2 MiB answer: accepted
opensrs, a 2 MiB answer: accepted
whmcs: localAPI
