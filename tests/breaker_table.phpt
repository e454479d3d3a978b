--TEST--
Circuit breaker table (ext/breaker.c, built alone): a process killed holding the lock or making the trial wedges nothing; routes are kept apart per user; a full table, a route too long, a trial past its lease, a report about a slot that changed hands
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../ext/breaker.c')) die('skip ext/ is not beside the tests (an installed package)'); ?>
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/cc,*/gcc*,*/cc1,*/as,*/collect2,*/ld*
--FILE--
<?php
$bin = tempnam(sys_get_temp_dir(), 'wo-breaker-table-');
register_shutdown_function(static fn () => @unlink($bin));
$cc = getenv('CC') ?: 'cc';
$cmd = [$cc, '-std=c11', '-D_GNU_SOURCE', '-Wall', '-Wextra', '-Werror', '-pthread', '-o', $bin, __DIR__ . '/c/breaker_table.c'];
$proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$errors = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
if (proc_close($proc) !== 0) {
    echo "cannot build: $errors";
    exit;
}
passthru(escapeshellarg($bin), $rc);
echo "exit $rc\n";
?>
--EXPECT--
lock holder died: table usable yes, route open yes
same route, other user: admitted, routes listed for it: 1
refusal: https://a.example:443, 3 failures, last TransportException: could not connect
child: trial taken: yes
trial of a dead process taken over: yes
second caller meanwhile: refused
after its answer: closed
lease over: second trial taken
route of 527 bytes: untracked
64 healthy routes more: 62 of them kept, and the 2 failing ones
stale report: h2 kept 0, failures recorded 0
62 failing routes more: 0 healthy left
every slot failing: a new route goes through untracked
exit 0
