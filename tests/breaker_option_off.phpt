--TEST--
Circuit breaker off (option "breaker" false, or whmcs_opensrs.breaker=0): the call is never refused, its outcome still counts, and its answer closes an open route for the others
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';
$server = wo_outage_start('refuse');
$o = wo_breaker_whmcs($server['url'], ['breaker_cooldown' => 600]);

echo 'refusing: ', wo_breaker_calls(4, $o), "\n";
echo 'breaker "off": ', wo_breaker_calls(2, ['breaker' => 'off'] + $o), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'breaker on: ', wo_breaker_calls(1, $o), "\n";

wo_outage_set($server, 'ok');
echo 'back, breaker on: ', wo_breaker_calls(1, $o), ', breaker false: ', wo_breaker_calls(1, ['breaker' => false] + $o),
    ', breaker on: ', wo_breaker_calls(2, $o), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";

ini_set('whmcs_opensrs.breaker', '0');
wo_outage_set($server, 'refuse');
echo 'whmcs_opensrs.breaker=0: ', wo_breaker_calls(5, $o), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'the option wins: ', wo_breaker_calls(1, ['breaker' => '1'] + $o), "\n";
?>
--EXPECT--
refusing: TransportException x3, UnavailableException x1
breaker "off": TransportException x2
health: open, 5 failures, 1 refused, last failure: TransportException, last success: none
breaker on: UnavailableException x1
back, breaker on: UnavailableException x1, breaker false: ok x1, breaker on: ok x2
health: closed, 0 failures, 0 refused, last failure: TransportException, last success: yes
whmcs_opensrs.breaker=0: TransportException x5
health: open, 5 failures, 0 refused, last failure: TransportException, last success: yes
the option wins: UnavailableException x1
