--TEST--
Kept connections to OpenSRS are closed after their 100th command, before OpenSRS would refuse the 101st
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
/* The server refuses a connection's 101st command with 350, as OpenSRS does. */
$server = wo_opensrs_start_socket('keepalive', ['state' => ['max_commands_per_connection' => 100]]);
for ($i = 0; $i < 205; $i++) {
    WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
        ['domain' => 'example.com', 'username' => 'domainowner'], $server['options']);
}
/* Commands per connection, as the server counted them: a refused 101st
 * (and its resend) would show as 101. */
$perConnection = array_values(wo_opensrs_state($server['state'])['connections']);
echo array_sum($perConnection), " commands\n";
echo implode(' ', $perConnection), "\n";
?>
--EXPECT--
205 commands
100 100 5
