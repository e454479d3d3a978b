--TEST--
opensrs_request_many() takes its connections from the kept ones and leaves them there: a batch starts on the connection a single call left open, and the next single call goes on a batch's
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/many.inc';
$server = wo_opensrs_start_socket('keepalive', ['flight' => ['barrier' => 2, 'delay_ms' => 10]]);
$get = wo_many_gets(1)['get1'];
$single = fn () => WhmcsOpensrs\opensrs_request($get['action'], $get['object'], $get['attributes'], $get['extra'], $server['options']);
$connections = fn () => array_column(wo_opensrs_state($server['state'])['requests'], 'connection');

wo_flight_set($server, ['barrier' => 0]);
$single();
$first = $connections()[0];
wo_flight_set($server, ['barrier' => 2, 'barrier_open' => false]);
WhmcsOpensrs\opensrs_request_many(wo_many_gets(6), ['concurrency' => 2] + $server['options']);
$batch = array_slice($connections(), 1);
echo "the batch went on the single call's connection: ", in_array($first, $batch, true) ? 'yes' : 'no', "\n";
echo "connections the batch used: ", count(array_unique($batch)), "\n";
$single();
echo "the next single call went on one of them: ", in_array($connections()[7], $batch, true) ? 'yes' : 'no', "\n";

/* Without kept connections, a batch still reuses its own, and closes them after. */
ini_set('whmcs_opensrs.persistent', '0');
$before = count($connections());
WhmcsOpensrs\opensrs_request_many(wo_many_gets(6), ['concurrency' => 2] + $server['options']);
$own = array_slice($connections(), $before);
echo "without kept connections: ", count($own), " commands on ", count(array_unique($own)), " connections, none of them earlier: ",
    array_intersect($own, array_slice($connections(), 0, $before)) ? 'no' : 'yes', "\n";
?>
--EXPECT--
the batch went on the single call's connection: yes
connections the batch used: 2
the next single call went on one of them: yes
without kept connections: 6 commands on 2 connections, none of them earlier: yes
