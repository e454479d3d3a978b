--TEST--
Secrets (WHMCS): an excerpt that would spell out a credential the body holds only a little changed is withheld
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
 * The excerpt in a ProtocolException message turns a byte that is not
 * UTF-8 into '?' and a tab into a space. The server quotes the secret with
 * its spaces as tabs and its '?' as 0xFF: the body does not hold the secret,
 * but its excerpt would. Regression input of the WHMCS answer fuzzer
 * (fuzz/whmcs_regressions/excerpt_spells_credential_*).
 */
$secret = 'Secret with space?9f1c';
$server = wo_fault_start('echo_mangled');
$options = wo_fault_whmcs_options($server['url'], 1.0, ['secret' => $secret]);
$start = hrtime(true);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
$leaks = wo_fault_leaks($e, [$secret, urlencode($secret)]);
echo 'this secret: ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'none leaked', "\n";
?>
--EXPECT--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
status: 500
elapsed: within the timeout
secrets: none leaked
this secret: none leaked
