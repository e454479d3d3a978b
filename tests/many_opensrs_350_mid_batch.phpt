--TEST--
opensrs_request_many(): a 350 in the middle of a batch (a kept connection's commands spent) sends that command again on a new connection; batches close a connection after its 100th command
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/many.inc';

/* The server allows 3 commands per connection; the client knows only
 * OpenSRS's 100, so a kept connection's 4th command is refused with 350
 * and the connection closed, mid-batch. */
$server = wo_opensrs_start_socket('keepalive', ['state' => ['max_commands_per_connection' => 3],
                                                'flight' => ['delay_ms' => 5]]);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(12), ['concurrency' => 2] + $server['options']);
echo count(array_filter($answers, fn ($a) => is_array($a) && $a['response_code'] === '200')), " of 12 answered 200\n";
$perConnection = [];
foreach (wo_opensrs_state($server['state'])['requests'] as $request) {
    $perConnection[$request['connection']][] = $request;
}
$refused = array_sum(array_map(fn ($c) => max(0, count($c) - 3), $perConnection));
echo "commands refused with 350, each sent again: ", $refused > 0 ? 'some' : 'none', "\n";
echo "requests: ", 12 + $refused === array_sum(array_map('count', $perConnection)) ? '12 + the refused ones' : 'other', "\n";
echo "most commands answered on one connection: ", max(array_map(fn ($c) => min(3, count($c)), $perConnection)), "\n";

/* OpenSRS's own limit: no 350 at all, every connection closed by the
 * client after its 100th command, in batches as for single calls. */
$server = wo_opensrs_start_socket('keepalive', ['state' => ['max_commands_per_connection' => 100]]);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(150), ['concurrency' => 2] + $server['options']);
$answers += WhmcsOpensrs\opensrs_request_many(wo_many_gets(60, [], 'more'), ['concurrency' => 2] + $server['options']);
echo count(array_filter($answers, fn ($a) => is_array($a) && $a['response_code'] === '200')), " of 210 answered 200\n";
$counts = array_values(wo_opensrs_state($server['state'])['connections']);
/* A batch may retire a connection after its 99th (see http_multi.c). */
echo array_sum($counts), " commands, ", max($counts) <= 100 && max($counts) >= 99 ? '99 or 100' : max($counts),
    " at most on one connection\n";
?>
--EXPECT--
12 of 12 answered 200
commands refused with 350, each sent again: some
requests: 12 + the refused ones
most commands answered on one connection: 3
210 of 210 answered 200
210 commands, 99 or 100 at most on one connection
