<?php
/*
 * The two calls of issue 16's defect 7, timed in-process (a localAPI() of
 * our own answers at once, so the time is the extension's, masking the
 * answer in the message, getResponse() and the module log):
 *   32k    a sensitive value (password2) of SIZE 'a's (32768) and a like
 *          field of SIZE - 1 beside it, both echoed back by the answer;
 *   spaces a password with a leading space, and an answer of SIZE spaces
 *          (16000).
 * Prints the wall and CPU time of the one call.
 *
 *   php -n -d extension=modules/whmcs_opensrs.so bench/mask_issue.php 32k|spaces [SIZE]
 */
$case = $argv[1] ?? '';
$size = isset($argv[2]) ? (int) $argv[2] : ($case === '32k' ? 32768 : 16000);

function localAPI(string $command, array $postData): array
{
    return $GLOBALS['answer']($postData);
}

function cpu_seconds(): float
{
    $u = getrusage();
    return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6;
}

function timed_call(string $name, array $params, callable $answer): void
{
    $GLOBALS['answer'] = $answer;
    $log = 0;
    $wall = hrtime(true);
    $cpu = cpu_seconds();
    try {
        WhmcsOpensrs\whmcs_api('UpdateClient', $params,
            ['logger' => static function (array $entry) use (&$log) { $log += strlen(serialize($entry)); }]);
    } catch (WhmcsOpensrs\WhmcsException $e) {
    }
    printf("%s: %.3f ms wall, %.3f ms CPU (module log %d bytes)\n", $name, (hrtime(true) - $wall) / 1e6,
        (cpu_seconds() - $cpu) * 1e3, $log);
}

if ($case === '32k') {
    $value = str_repeat('a', $size);
    timed_call("32k ($size)", ['clientid' => 1, 'password2' => $value, 'notes' => substr($value, 1)],
        static fn (array $p) => ['result' => 'error', 'message' => 'rejected', 'notes' => $p['notes']]);
} elseif ($case === 'spaces') {
    timed_call("spaces ($size)", ['clientid' => 1, 'password2' => ' hunter2'],
        static fn (array $p) => ['result' => 'error', 'message' => str_repeat(' ', $size)]);
} else {
    fwrite(STDERR, "usage: mask_issue.php 32k|spaces [SIZE]\n");
    exit(2);
}
