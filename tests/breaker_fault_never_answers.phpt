--TEST--
Circuit breaker, a server that accepts and never answers: each of the first breaker_failures calls waits for its timeout and counts; then calls fail at once and no more requests reach the server; after the cooldown exactly one trial does
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';
$server = wo_outage_start('silent');
$o = wo_breaker_whmcs($server['url'], ['breaker_cooldown' => 600, 'timeout' => 1.5]);

echo 'silent: ', wo_breaker_calls(8, $o), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'last failure: ', WhmcsOpensrs\health()[$server['url']]['last_failure']['message'], "\n";
echo 'requests received: ', wo_outage_requests($server), "\n";

usleep(100000);
echo 'after the cooldown: ', wo_breaker_calls(4, ['breaker_cooldown' => 0.05] + $o), "\n";
echo 'requests received: ', wo_outage_requests($server), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
?>
--EXPECT--
silent: TransportException x3, UnavailableException x5
health: open, 3 failures, 5 refused, last failure: TransportException, last success: none
last failure: no answer within 1.5 s
requests received: 3
after the cooldown: TransportException x1, UnavailableException x3
requests received: 4
health: open, 4 failures, 8 refused, last failure: TransportException, last success: none
