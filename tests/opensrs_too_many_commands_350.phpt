--TEST--
OpenSRS's 350 (commands per connection exceeded): an OpensrsException on a new connection; on a kept connection the command is sent again once on a new one
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$get = fn (array $server) => WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], $server['options']);

/* php -S: every call is a new connection; a quota of 0 refuses the first command. */
$server = wo_opensrs_start(['state' => ['max_commands_per_connection' => 0]]);
try {
    $get($server);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
}
var_dump(count(wo_opensrs_state($server['state'])['requests']));

/* Kept connections, 2 commands each: calls 3 and 5 are refused with 350 on
 * the kept connection, and each goes again on a new one. */
$server = wo_opensrs_start_socket('keepalive', ['state' => ['max_commands_per_connection' => 2]]);
for ($i = 1; $i <= 5; $i++) {
    echo "call $i: ", $get($server)['response_code'], "\n";
}
$connections = array_column(wo_opensrs_state($server['state'])['requests'], 'connection');
echo count($connections), " requests on ", count(array_unique($connections)), " connections\n";

/* Without kept connections, nothing is refused. */
ini_set('whmcs_opensrs.persistent', '0');
$server = wo_opensrs_start_socket('keepalive', ['state' => ['max_commands_per_connection' => 2]]);
for ($i = 1; $i <= 3; $i++) {
    $get($server);
}
$connections = array_column(wo_opensrs_state($server['state'])['requests'], 'connection');
echo count($connections), " requests on ", count(array_unique($connections)), " connections\n";
?>
--EXPECT--
WhmcsOpensrs\OpensrsException 350: Number of command per connection exceeded limit. Client must re-authenticate with server.
int(1)
call 1: 200
call 2: 200
call 3: 200
call 4: 200
call 5: 200
7 requests on 3 connections
3 requests on 3 connections
