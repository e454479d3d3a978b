<?php
/*
 * A page that makes one WHMCS call, as a hook would, for the tests that
 * run the circuit breaker in the workers of php -S and PHP-FPM. Query:
 * url (the API server), failures, cooldown, timeout (breaker and call
 * options), pidfile (written before the call, so a test can find the
 * worker making it), call=0 (only report). Answers one line of JSON: the
 * worker's pid, the call's outcome ("ok" or the exception's short class
 * and message) and what health() says of the route in that worker.
 */
$q = $_GET;
if (isset($q['pidfile'])) {
    file_put_contents($q['pidfile'], (string) getmypid());
}
$result = 'none';
if (($q['call'] ?? '1') === '1') {
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $q['url'] . '/includes/api.php', 'identifier' => 'page-identifier',
            'secret' => 'PAGE-secret-5e1d0c', 'timeout' => $q['timeout'] ?? 0.5, 'connect_timeout' => 0.3,
            'breaker_failures' => $q['failures'] ?? 3, 'breaker_cooldown' => $q['cooldown'] ?? 600]);
        $result = 'ok';
    } catch (WhmcsOpensrs\Exception $e) {
        $result = substr(strrchr(get_class($e), '\\'), 1) . ': ' . $e->getMessage();
    }
}
$health = WhmcsOpensrs\health()[$q['url']] ?? null;
echo json_encode(['pid' => getmypid(), 'result' => $result, 'state' => $health['state'] ?? 'untracked',
    'failures' => $health['failures'] ?? 0]), "\n";
