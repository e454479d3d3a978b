--TEST--
Secrets: masking ends however the answer is made (issue 16's two calls at twice their size: a 64 KB sensitive value echoed beside a like field one shorter, a password with a leading space against 32,000 spaces), and the secret is in none of what the call shows
--EXTENSIONS--
whmcs_opensrs
--INI--
; Quadratic masking took 26 s and 50 s for these calls at half this size:
; at this size it takes minutes of CPU time, and PHP ends the test after 60 s
; (and its hard_timeout), which fails it. Linear masking takes milliseconds
; (seconds under valgrind). A bound on a hang, not a measure of speed.
max_execution_time=60
--FILE--
<?php
/* In-process: our localAPI() answers at once, so all the time is the extension's. */
function localAPI(string $command, array $postData): array
{
    return $GLOBALS['answer']($postData);
}

function call(array $params, callable $answer): array
{
    $GLOBALS['answer'] = $answer;
    $entries = [];
    try {
        WhmcsOpensrs\whmcs_api('UpdateClient', $params,
            ['logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
        return ['no exception', [], $entries];
    } catch (WhmcsOpensrs\WhmcsException $e) {
        return [$e->getMessage(), $e->getResponse(), $entries];
    }
}

/* A sensitive value of 65,536 'a's, and a field of one 'a' fewer: a run of
 * one character keeps every alignment alive, so the matcher masks that field
 * a little further than it spells (docs/security.md), never less. */
$value = str_repeat('a', 65536);
[$message, $response, $log] = call(['clientid' => 1, 'password2' => $value, 'notes' => substr($value, 1)],
    static fn (array $p) => ['result' => 'error', 'message' => 'rejected', 'notes' => $p['notes'],
                             'echo' => $p['password2']]);
echo "message: $message\n";
echo 'getResponse() notes: ', strlen($response['notes']), ' bytes, the secret in them: ',
    var_export(str_contains($response['notes'], $value), true), "\n";
echo 'getResponse() echo: ', $response['echo'], "\n";
$logged = serialize($log);
echo 'log entries: ', count($log), ', the secret in them: ', var_export(str_contains($logged, $value), true), "\n";

/* A password with a leading space, and an answer of 32,000 spaces around one
 * echo of it: every space could start a spelling. */
$password = ' hunter2';
$spaces = str_repeat(' ', 16000);
[$message, $response, $log] = call(['clientid' => 1, 'password2' => $password],
    static fn (array $p) => ['result' => 'error', 'message' => $spaces . $p['password2'] . $spaces]);
echo 'message: the password in it: ', var_export(str_contains($message, 'hunter2'), true),
    ', masked: ', var_export(str_contains($message, '********'), true), "\n";
echo 'log: the password in it: ', var_export(str_contains(serialize($log), 'hunter2'), true), "\n";
?>
--EXPECTF--
message: rejected
getResponse() notes: %d bytes, the secret in them: false
getResponse() echo: ********
log entries: 1, the secret in them: false
message: the password in it: false, masked: true
log: the password in it: false
