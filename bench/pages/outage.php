<?php
/*
 * bench/outage.sh's page: one OpenSRS call, as a WHMCS hook makes it, with
 * the pool's ini settings (endpoint, credentials, timeouts, breaker). It
 * answers how the call ended and how long it took, for the report.
 */
$start = microtime(true);
$t0 = hrtime(true);
try {
    WhmcsOpensrs\opensrs_request('get', 'balance');
    $outcome = 'ok';
} catch (WhmcsOpensrs\UnavailableException $e) {
    $outcome = 'unavailable';
} catch (WhmcsOpensrs\TransportException $e) {
    $outcome = 'transport';
} catch (WhmcsOpensrs\Exception $e) {
    $outcome = 'other';
}
$out = json_encode(['outcome' => $outcome, 'call_us' => intdiv(hrtime(true) - $t0, 1000), 'start' => $start,
    'end' => microtime(true), 'pid' => getmypid()]);
header('Content-Type: application/json');
header('Content-Length: ' . strlen($out));
echo $out;
