--TEST--
Circuit breaker (OpenSRS), a server whose connection attempts are dropped (accept queue full: Linux drops the SYN): breaker_failures connect timeouts open the route, the rest fail at once, nothing reaches the server; the trial after the cooldown closes it once the server is back
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';
$server = wo_outage_start('drop');
$o = wo_breaker_opensrs($server['url'], ['breaker_failures' => '2', 'breaker_cooldown' => 600, 'connect_timeout' => 0.3]);

echo 'dropping: ', wo_breaker_calls(6, $o), "\n";
$h = WhmcsOpensrs\health()[$server['url']];
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'last failure: ', $h['last_failure']['message'], "\n";
echo 'requests that reached the server: ', wo_outage_requests($server), "\n";

wo_outage_set($server, 'ok');
usleep(100000);
$o['connect_timeout'] = 5;
echo 'back: ', wo_breaker_calls(1, $o), ', after the cooldown: ', wo_breaker_calls(3, ['breaker_cooldown' => 0.05] + $o), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'requests that reached the server: ', wo_outage_requests($server), "\n";
?>
--EXPECT--
dropping: TransportException x2, UnavailableException x4
health: open, 2 failures, 4 refused, last failure: TransportException, last success: none
last failure: timed out after 0.3 s setting up the connection (connect_timeout)
requests that reached the server: 0
back: UnavailableException x1, after the cooldown: ok x3
health: closed, 0 failures, 0 refused, last failure: TransportException, last success: yes
requests that reached the server: 3
