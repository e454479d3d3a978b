--TEST--
Circuit breaker: what does not count against a route (a certificate the caller's trust settings refuse, an answer over max_response_size) and what closes it (any answer: HTTP 500, WHMCS "Authentication Failed", OpenSRS HTTP 401); a failed TLS handshake counts
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/breaker.inc';

/* The certificate depends on the caller's ca_file: one script's wrong CA
 * must not shut the route for the others. It fails at once anyway. */
$tls = wo_fault_start('ok', ['tls' => 'self_signed']);
echo 'self-signed certificate: ', wo_breaker_calls(5, wo_breaker_whmcs($tls['url'], ['timeout' => 20, 'connect_timeout' => 20])), "\n";
echo 'health: ', wo_breaker_health($tls['url']), "\n";

/* No TLS at all where TLS was expected: the handshake fails. */
$plain = wo_fault_start('ok');
$https = str_replace('http://', 'https://', $plain['url']);
echo 'TLS handshake fails: ', wo_breaker_calls(5, wo_breaker_whmcs($https, ['timeout' => 20, 'connect_timeout' => 20, 'breaker_cooldown' => 600])), "\n";
echo 'health: ', wo_breaker_health($https), "\n";

$server = wo_outage_start('refuse');
$whmcs = wo_breaker_whmcs($server['url'], ['breaker_cooldown' => 600]);
$opensrs = wo_breaker_opensrs($server['url'], ['breaker_cooldown' => 600]);
foreach ([['500', $whmcs], ['denied', $whmcs], ['denied', $opensrs]] as [$mode, $options]) {
    wo_outage_set($server, 'refuse');
    echo 'refused: ', wo_breaker_calls(2, $options);
    wo_outage_set($server, $mode);
    echo "; then $mode: ", wo_breaker_calls(1, $options), '; health: ', wo_breaker_health($server['url']), "\n";
}
wo_outage_set($server, 'refuse');
echo 'refused: ', wo_breaker_calls(2, $whmcs);
wo_outage_set($server, 'ok');
echo '; then answers over max_response_size: ', wo_breaker_calls(3, ['max_response_size' => 10] + $whmcs),
    '; health: ', wo_breaker_health($server['url']), "\n";
?>
--EXPECT--
self-signed certificate: TransportException x5
health: closed, 0 failures, 0 refused, last failure: none, last success: none
TLS handshake fails: TransportException x3, UnavailableException x2
health: open, 3 failures, 2 refused, last failure: TransportException, last success: none
refused: TransportException x2; then 500: ProtocolException x1; health: closed, 0 failures, 0 refused, last failure: TransportException, last success: yes
refused: TransportException x2; then denied: WhmcsAuthException x1; health: closed, 0 failures, 0 refused, last failure: TransportException, last success: yes
refused: TransportException x2; then denied: OpensrsAuthException x1; health: closed, 0 failures, 0 refused, last failure: TransportException, last success: yes
refused: TransportException x2; then answers over max_response_size: TransportException x3; health: closed, 2 failures, 0 refused, last failure: TransportException, last success: yes
