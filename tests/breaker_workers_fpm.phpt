--TEST--
Circuit breaker shared by PHP-FPM's workers: four pages at once open the route for the pool; after the cooldown one worker's call is the trial while the others fail at once; a trial whose worker is killed does not hold the route, and the next call after recovery closes it
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/kill,*/id
--FILE--
<?php
require __DIR__ . '/workers.inc';

function outcomes(array $answers): string
{
    $words = array_map(static fn ($a) => $a === null ? 'no answer' : strtok($a['result'], ':'), $answers);
    return implode(', ', array_map(static fn ($w, $n) => "$w x$n", array_keys(array_count_values($words)),
        array_count_values($words)));
}

$api = wo_outage_start('silent');
$fpm = wo_fpm_start(4);
$q = ['url' => $api['url'], 'failures' => 4];

$answers = wo_fcgi_pages($fpm, array_fill(0, 4, $q));
echo 'four pages at once: ', outcomes($answers), ', from ', count(array_unique(array_column($answers, 'pid'))), " workers\n";
$answers = wo_fcgi_pages($fpm, array_fill(0, 8, $q));
echo 'eight more: ', outcomes($answers), "\n";
echo 'what the workers see: ', implode(', ', array_unique(array_map(static fn ($a) => "$a[state], $a[failures] failures",
    $answers))), "\n";
echo 'requests received: ', wo_outage_requests($api), "\n";

/* The cooldown of these calls (0.05 s) has passed: one call is the trial.
 * It waits on the silent server (timeout 30 s); the others fail at once. */
usleep(100000);
$pidfile = wo_fault_temp_file('wo-trial-');
$trial = wo_fcgi_send($fpm, ['cooldown' => 0.05, 'timeout' => 30, 'pidfile' => $pidfile] + $q);
for ($i = 0; $i < 1000 && wo_outage_requests($api) < 5; $i++) {
    usleep(10000);
}
echo 'the trial reached the server: ', wo_outage_requests($api) === 5 ? 'yes' : 'no', "\n";
$answer = wo_fcgi_pages($fpm, [['cooldown' => 0.05] + $q])[0];
echo 'meanwhile: ', preg_replace('/ by \d{4}-.*/', ' by ...', $answer['result']), "\n";

/* The worker making the trial dies (request_terminate_timeout, OOM killer):
 * its trial no longer holds the route. */
$pid = (int) file_get_contents($pidfile);
proc_close(proc_open(['kill', '-s', 'KILL', (string) $pid], [], $pipes));
for ($i = 0; $i < 1000 && wo_workers_alive($pid); $i++) {
    usleep(10000);
}
echo 'the trial\'s page: ', wo_fcgi_read($trial) === null ? 'no answer' : 'answered', "\n";
wo_outage_set($api, 'ok');
echo 'next call, the server back: ', outcomes(wo_fcgi_pages($fpm, [['cooldown' => 0.05] + $q])), "\n";
$answers = wo_fcgi_pages($fpm, array_fill(0, 4, $q));
echo 'then: ', outcomes($answers), '; ', implode(', ', array_unique(array_map(static fn ($a) => "$a[state], $a[failures] failures",
    $answers))), "\n";
?>
--EXPECTF--
four pages at once: TransportException x4, from 4 workers
eight more: UnavailableException x8
what the workers see: open, 4 failures
requests received: 4
the trial reached the server: yes
meanwhile: UnavailableException: http://127.0.0.1:%d is unavailable: its circuit breaker is open after 4 consecutive failures, the last at %s (WhmcsOpensrs\TransportException: no answer within 0.5 s); another call is trying it now, and the next goes through by ...
the trial's page: no answer
next call, the server back: ok x1
then: ok x4; closed, 0 failures
