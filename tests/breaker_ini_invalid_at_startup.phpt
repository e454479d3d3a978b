--TEST--
Circuit breaker ini: an invalid whmcs_opensrs.breaker, breaker_failures or breaker_cooldown in php.ini is refused at startup with a warning naming it, and the default applies
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
whmcs_opensrs.breaker=maybe
whmcs_opensrs.breaker_failures=0
whmcs_opensrs.breaker_cooldown=soon
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';
foreach (['whmcs_opensrs.breaker', 'whmcs_opensrs.breaker_failures', 'whmcs_opensrs.breaker_cooldown'] as $name) {
    echo "$name = ", ini_get($name), "\n";
}
/* The defaults are in force: on, after 3 failures, for 30 s. */
$server = wo_outage_start('refuse');
echo wo_breaker_calls(5, wo_breaker_whmcs($server['url'])), "\n";
$h = WhmcsOpensrs\health()[$server['url']];
echo $h['state'], ', next call in ', $h['retry_at'] - $h['last_failure']['time'] >= 29 ? 'about 30 s' : 'less', "\n";
?>
--EXPECT--
Warning: Invalid "whmcs_opensrs.breaker" setting "maybe": it must be 1, 0, on, off, yes, no, true, false or empty; the default "1" is used in Unknown on line 0

Warning: Invalid "whmcs_opensrs.breaker_failures" setting "0": it must be a whole number from 1 to 1000; the default "3" is used in Unknown on line 0

Warning: Invalid "whmcs_opensrs.breaker_cooldown" setting "soon": it must be a number of seconds greater than 0; the default "30" is used in Unknown on line 0
whmcs_opensrs.breaker = 1
whmcs_opensrs.breaker_failures = 3
whmcs_opensrs.breaker_cooldown = 30
TransportException x3, UnavailableException x2
open, next call in about 30 s
