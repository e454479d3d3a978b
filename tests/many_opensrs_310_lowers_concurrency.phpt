--TEST--
opensrs_request_many(): OpenSRS's 310 (too many simultaneous connections) in the middle of a batch lowers the batch's concurrency, and with "retries" the refused calls go again
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/many.inc';
/* OpenSRS serves 2 at once: the 3rd and 4th of 4 in flight are refused
 * with 310. The barrier holds every answer until 4 are in flight, so
 * exactly two are refused. */
$config = ['state' => ['max_simultaneous' => 2], 'flight' => ['barrier' => 4, 'delay_ms' => 10]];

/* Without retries, the refused calls' slots hold the 310. */
$server = wo_opensrs_start_socket('keepalive', $config);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(4), ['concurrency' => 4] + $server['options']);
$codes = array_map(fn ($a) => $a instanceof Throwable ? get_class($a) . ' ' . $a->getCode() : $a['response_code'], $answers);
sort($codes);
echo implode("\n", $codes), "\n";
echo "refused: ", $answers[array_key_last(array_filter($answers, fn ($a) => $a instanceof Throwable))]->getMessage(), "\n";

/* With retries, every call is answered: after the 310s the batch keeps
 * fewer in flight, so few more are refused (at most the one or two sent
 * before the client read the first refusals); at 4 at once, every wave
 * would lose two more, and the retries would run out. */
$server = wo_opensrs_start_socket('keepalive', $config);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(12), ['concurrency' => 4, 'retries' => 2] + $server['options']);
echo count(array_filter($answers, fn ($a) => is_array($a) && $a['response_code'] === '200')), " of 12 answered 200\n";
$refused = wo_flight($server)['requests'] - 12;
echo "refused with 310: ", $refused >= 2 && $refused <= 4 ? '2 to 4' : $refused, "\n";
?>
--EXPECT--
200
200
WhmcsOpensrs\OpensrsException 310
WhmcsOpensrs\OpensrsException 310
refused: Exceeded maximum number of simultaneous connections.
12 of 12 answered 200
refused with 310: 2 to 4
