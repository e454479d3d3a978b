--TEST--
Kept connections: calls reuse one connection; a pcntl_fork() child opens its own and the parent keeps its
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start_socket('keepalive');
$get = fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], $server['options'])['response_code'];

echo $get(), ' ', $get(), "\n";
$pid = pcntl_fork();
if ($pid === 0) {
    $get();
    /* Leave without running the parent's shutdown functions (they stop the server). */
    pcntl_exec('/bin/true');
}
pcntl_waitpid($pid, $status);
echo $get(), "\n";

/* Name the connections in order of first use: A, B, ... */
$names = [];
foreach (array_column(wo_opensrs_state($server['state'])['requests'], 'connection') as $c) {
    $names[$c] ??= chr(ord('A') + count($names));
    echo $names[$c], ' ';
}
echo "\n";
?>
--EXPECT--
200 200
200
A A B A 
