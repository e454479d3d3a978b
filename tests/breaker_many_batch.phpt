--TEST--
Circuit breaker in many-call batches: once the route opens, the rest of the batch fails at once, each call in its slot with an UnavailableException that "retries" does not send again; after the cooldown one call of the batch is the trial and the others wait for it
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';

/* Slot by slot: key => ok, or the exception's short class. */
function slots(array $answers): string
{
    $out = [];
    foreach ($answers as $key => $answer) {
        $out[] = "$key " . ($answer instanceof Throwable ? substr(strrchr(get_class($answer), '\\'), 1) : 'ok');
    }
    return implode(', ', $out);
}

function batch(int $n): array
{
    $calls = [];
    for ($i = 1; $i <= $n; $i++) {
        $calls["c$i"] = ['action' => 'GetUsers', 'params' => ['search' => "user$i"]];
    }
    return $calls;
}

$logged = [];
$logger = static function (array $entry) use (&$logged): void {
    $logged[] = $entry['error'] === null ? 'ok' : (preg_match('/^WhmcsOpensrs\\\\(\w+)/', $entry['error'], $m) ? $m[1] : '?');
};
$server = wo_outage_start('silent');
/* Two in flight from the start; the first failure opens the route, and
 * the other call in flight fails too. */
$o = wo_breaker_whmcs($server['url'], ['breaker_failures' => 1, 'breaker_cooldown' => 600, 'concurrency' => 2,
    'logger' => $logger, 'timeout' => 1.5]);

echo 'silent: ', slots(WhmcsOpensrs\whmcs_api_many(batch(10), $o)), "\n";
echo 'requests received: ', wo_outage_requests($server), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'logged: ', implode(', ', array_map(static fn ($r) => "$r[0] x$r[1]",
    array_map(null, array_keys(array_count_values($logged)), array_count_values($logged)))), "\n";
$answers = WhmcsOpensrs\whmcs_api_many(batch(2), $o);
echo 'an open route, another batch: ', slots($answers), "\n";
echo 'its message: ', preg_replace('/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/', 'TIME', $answers['c1']->getMessage()), "\n";

/* The cooldown (0.05 s for these calls) has passed: one trial, the others
 * of the batch wait for it. It fails: they are refused. */
usleep(100000);
$quick = ['breaker_cooldown' => 0.05] + $o;
echo 'trial fails: ', slots(WhmcsOpensrs\whmcs_api_many(batch(6), $quick)), "\n";
echo 'requests received: ', wo_outage_requests($server), "\n";

/* It succeeds: they go. */
wo_outage_set($server, 'ok');
usleep(100000);
echo 'trial succeeds: ', slots(WhmcsOpensrs\whmcs_api_many(batch(6), ['timeout' => 10] + $quick)), "\n";
echo 'requests received: ', wo_outage_requests($server), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";

/* A refused connection is sent again under "retries" (after 0.25 s): not
 * once the route is open. c1 fails, c2 fails and opens it, c1's second
 * attempt is refused. Every attempt would count. */
$refusing = wo_outage_start('refuse');
echo 'refused, retries 3: ', slots(WhmcsOpensrs\whmcs_api_many(batch(4), ['url' => $refusing['url'] . '/includes/api.php',
    'retries' => 3, 'concurrency' => 1, 'breaker_failures' => 2] + $o)), "\n";
echo 'health: ', wo_breaker_health($refusing['url']), "\n";
?>
--EXPECTF--
silent: c1 TransportException, c2 TransportException, c3 UnavailableException, c4 UnavailableException, c5 UnavailableException, c6 UnavailableException, c7 UnavailableException, c8 UnavailableException, c9 UnavailableException, c10 UnavailableException
requests received: 2
health: open, 2 failures, 8 refused, last failure: TransportException, last success: none
logged: TransportException x2, UnavailableException x8
an open route, another batch: c1 UnavailableException, c2 UnavailableException
its message: http://127.0.0.1:%d is unavailable: its circuit breaker is open after 2 consecutive failures, the last at TIME (WhmcsOpensrs\TransportException: no answer within 1.5 s); the next call goes through at TIME (in %f s); the request was not sent
trial fails: c1 TransportException, c2 UnavailableException, c3 UnavailableException, c4 UnavailableException, c5 UnavailableException, c6 UnavailableException
requests received: 3
trial succeeds: c1 ok, c2 ok, c3 ok, c4 ok, c5 ok, c6 ok
requests received: 9
health: closed, 0 failures, 0 refused, last failure: TransportException, last success: yes
refused, retries 3: c1 UnavailableException, c2 TransportException, c3 UnavailableException, c4 UnavailableException
health: open, 2 failures, 3 refused, last failure: TransportException, last success: none
