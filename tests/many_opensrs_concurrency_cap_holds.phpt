--TEST--
opensrs_request_many(): the calls really overlap, and never more than "concurrency" are in flight at once
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/many.inc';
/* The server holds every answer until 3 requests are in flight at once:
 * a client that sent them one after another would stay at 1. */
$server = wo_opensrs_start_socket('keepalive', ['flight' => ['barrier' => 3, 'delay_ms' => 20]]);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(12), ['concurrency' => 3] + $server['options']);
echo count(array_filter($answers, fn ($a) => is_array($a) && $a['response_code'] === '200')), " of 12 answered 200\n";
$flight = wo_flight($server);
echo "requests: {$flight['requests']}, most at once: {$flight['max_in_flight']}\n";

/* The ini default (4), and a lower cap for a second batch on the same server. */
var_dump(ini_get('whmcs_opensrs.concurrency'));
wo_flight_set($server, ['max_in_flight' => 0, 'barrier' => 4, 'barrier_open' => false]);
WhmcsOpensrs\opensrs_request_many(wo_many_gets(10), $server['options']);
echo "default concurrency, most at once: ", wo_flight($server)['max_in_flight'], "\n";

ini_set('whmcs_opensrs.concurrency', '2');
wo_flight_set($server, ['max_in_flight' => 0, 'barrier' => 2, 'barrier_open' => false]);
WhmcsOpensrs\opensrs_request_many(wo_many_gets(6), $server['options']);
echo "whmcs_opensrs.concurrency=2, most at once: ", wo_flight($server)['max_in_flight'], "\n";

/* concurrency 1: one after another. */
wo_flight_set($server, ['max_in_flight' => 0, 'barrier' => 0]);
WhmcsOpensrs\opensrs_request_many(wo_many_gets(4), ['concurrency' => 1] + $server['options']);
echo "concurrency 1, most at once: ", wo_flight($server)['max_in_flight'], "\n";
?>
--EXPECT--
12 of 12 answered 200
requests: 12, most at once: 3
string(1) "4"
default concurrency, most at once: 4
whmcs_opensrs.concurrency=2, most at once: 2
concurrency 1, most at once: 1
