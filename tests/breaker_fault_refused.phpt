--TEST--
Circuit breaker, a server that refuses connections: 3 failures open the route, calls then fail at once with UnavailableException (nothing sent); after the cooldown one trial goes, fails and opens it again; once the server is back the trial closes it
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';
$server = wo_outage_start('ok');
$route = $server['url'];
/* Long enough for the route to stay open for the whole test, unless a
 * call says otherwise. */
$o = wo_breaker_whmcs($server['url'], ['breaker_cooldown' => 600]);

echo 'up: ', wo_breaker_calls(1, $o), "\n";
wo_outage_set($server, 'refuse');
echo 'refusing: ', wo_breaker_calls(5, $o), "\n";
echo 'health: ', wo_breaker_health($route), "\n";

try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], $o);
} catch (WhmcsOpensrs\UnavailableException $e) {
    echo 'a TransportException: ', $e instanceof WhmcsOpensrs\TransportException ? 'yes' : 'no', "\n";
    echo 'message: ', $e->getMessage(), "\n";
    echo 'code ', $e->getCode(), ', status ', $e->getHttpStatus(), ', possibly sent: ', $e->isPossiblySent() ? 'yes' : 'no',
        ', secrets: ', wo_fault_leaks($e) ? 'LEAKED' : 'none', "\n";
}

/* The cooldown has passed for a caller whose cooldown is 0.05 s: one trial
 * goes, the server still refuses, and the route opens again. */
usleep(100000);
echo 'trial while refusing: ', wo_breaker_calls(1, ['breaker_cooldown' => 0.05] + $o), "\n";
echo 'health: ', wo_breaker_health($route), "\n";

wo_outage_set($server, 'ok');
echo 'back, cooldown not over: ', wo_breaker_calls(2, $o), "\n";
usleep(100000);
echo 'back, trial: ', wo_breaker_calls(1, ['breaker_cooldown' => 0.05] + $o), "\n";
echo 'health: ', wo_breaker_health($route), "\n";
echo 'then: ', wo_breaker_calls(3, $o), "\n";
echo 'requests served: ', wo_outage_requests($server), "\n";
?>
--EXPECTF--
up: ok x1
refusing: TransportException x3, UnavailableException x2
health: open, 3 failures, 2 refused, last failure: TransportException, last success: yes
a TransportException: yes
message: http://127.0.0.1:%d is unavailable: its circuit breaker is open after 3 consecutive failures, the last at %d-%d-%d %d:%d:%d UTC (WhmcsOpensrs\TransportException: could not connect: %s); the next call goes through at %d-%d-%d %d:%d:%d UTC (in %f s); the request was not sent
code 0, status 0, possibly sent: no, secrets: none
trial while refusing: TransportException x1
health: open, 4 failures, 3 refused, last failure: TransportException, last success: yes
back, cooldown not over: UnavailableException x2
back, trial: ok x1
health: closed, 0 failures, 0 refused, last failure: TransportException, last success: yes
then: ok x3
requests served: 5
