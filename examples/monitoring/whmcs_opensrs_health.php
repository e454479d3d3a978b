<?php
/**
 * A monitoring probe for the whmcs_opensrs extension's circuit breaker, in
 * the form Nagios, Icinga, Zabbix and most others run: one line of text,
 * and an exit code (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN).
 *
 * The breaker's state is shared by the processes of the PHP-FPM (or
 * Apache) pool that runs WHMCS, and by nothing else: a PHP command line
 * has a table of its own, which knows nothing of the pool. So this file
 * does two jobs:
 *
 *   - served by the pool (copy it into the WHMCS web root), it answers
 *     with the line, and HTTP 503 when a route is open; only to requests
 *     from this host (127.0.0.1, ::1), as health() names the servers WHMCS
 *     calls;
 *   - run from the command line with that page's URL, it fetches it,
 *     prints the line and exits with the code:
 *
 *       php whmcs_opensrs_health.php http://127.0.0.1/whmcs_opensrs_health.php
 *
 * Routes: OK when every one is closed (or none was called yet), WARNING
 * when one is half-open (its cooldown is over, a trial call decides),
 * CRITICAL when one is open (calls to it fail at once).
 */

const WHMCS_OPENSRS_PROBE = 'WHMCS_OPENSRS';

/** [exit code, line] for the routes health() gave. */
function whmcs_opensrs_probe_verdict(array $health): array
{
    $open = $halfOpen = [];
    foreach ($health as $route => $h) {
        $failure = $h['last_failure'] === null ? '' : ', last: ' . $h['last_failure']['message'];
        $next = $h['retry_at'] === null ? '' : ', next call at ' . gmdate('H:i:s', $h['retry_at']) . ' UTC';
        if ($h['state'] === 'open') {
            $open[] = "$route open after $h[failures] failures$failure$next";
        } elseif ($h['state'] === 'half-open') {
            $halfOpen[] = "$route half-open after $h[failures] failures$failure";
        }
    }
    if ($open) {
        return [2, WHMCS_OPENSRS_PROBE . ' CRITICAL - ' . implode('; ', array_merge($open, $halfOpen))];
    }
    if ($halfOpen) {
        return [1, WHMCS_OPENSRS_PROBE . ' WARNING - ' . implode('; ', $halfOpen)];
    }
    return [0, WHMCS_OPENSRS_PROBE . ' OK - ' . ($health ? count($health) . ' route(s) closed' : 'no calls yet')];
}

if (PHP_SAPI === 'cli') {
    $url = $argv[1] ?? '';
    if (!preg_match('~^https?://~', $url)) {
        fwrite(STDERR, "usage: php whmcs_opensrs_health.php URL-of-this-page-in-the-WHMCS-pool\n");
        exit(3);
    }
    $context = stream_context_create(['http' => ['timeout' => 10, 'ignore_errors' => true]]);
    $body = @file_get_contents($url, false, $context);
    $line = $body === false ? '' : trim(strtok($body, "\n"));
    if (!preg_match('/^' . WHMCS_OPENSRS_PROBE . ' (OK|WARNING|CRITICAL|UNKNOWN) - /', $line, $m)) {
        echo WHMCS_OPENSRS_PROBE, " UNKNOWN - no answer from $url\n";
        exit(3);
    }
    echo $line, "\n";
    exit(['OK' => 0, 'WARNING' => 1, 'CRITICAL' => 2, 'UNKNOWN' => 3][$m[1]]);
}

header('Content-Type: text/plain; charset=utf-8');
header('Cache-Control: no-store');
if (!in_array($_SERVER['REMOTE_ADDR'] ?? '', ['127.0.0.1', '::1'], true)) {
    http_response_code(403);
    echo WHMCS_OPENSRS_PROBE, " UNKNOWN - only for this host\n";
    return;
}
if (!extension_loaded('whmcs_opensrs')) {
    http_response_code(503);
    echo WHMCS_OPENSRS_PROBE, " UNKNOWN - the whmcs_opensrs extension is not loaded\n";
    return;
}
[$code, $line] = whmcs_opensrs_probe_verdict(WhmcsOpensrs\health());
http_response_code($code === 2 ? 503 : 200);
echo $line, "\n";
