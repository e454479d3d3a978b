--TEST--
Circuit breaker, HTTP 503 (both APIs): an error page counts and opens the route, and what is kept of it is the status, never the page (which quotes the request); an API's own error answer with 503 does not count and closes it
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';
$server = wo_outage_start('503');
$whmcs = wo_breaker_whmcs($server['url'], ['breaker_cooldown' => 600]);
$opensrs = wo_breaker_opensrs($server['url'] . '/opensrs', ['breaker_cooldown' => 600]);

echo 'whmcs, 503 page: ', wo_breaker_calls(4, $whmcs), "\n";
echo 'opensrs, same route: ', wo_breaker_calls(2, $opensrs), "\n";
$h = WhmcsOpensrs\health()[$server['url']];
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'last failure: ', $h['last_failure']['class'], ': ', $h['last_failure']['message'], "\n";
ob_start();
var_dump(WhmcsOpensrs\health());
phpinfo(INFO_MODULES);
$shown = ob_get_clean();
$leaks = array_filter(wo_fault_secrets(), static fn ($s) => str_contains($shown, $s));
echo 'phpinfo() lists the route: ', substr_count($shown, $server['url'] . ' => open => 3 => '), "\n";
echo 'secrets in health() and phpinfo(): ', $leaks ? 'LEAKED' : 'none', "\n";
echo 'the page in health() and phpinfo(): ', str_contains($shown, 'The request was') ? 'yes' : 'no', "\n";

/* The maintenance answer of the API itself: the server is up. */
file_put_contents($server['control'], '503_api');
usleep(100000);
echo 'whmcs, its own 503 error after the cooldown: ', wo_breaker_calls(3, ['breaker_cooldown' => 0.05] + $whmcs), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
echo 'opensrs, its own 503 error: ', wo_breaker_calls(4, $opensrs), "\n";
echo 'health: ', wo_breaker_health($server['url']), "\n";
?>
--EXPECT--
whmcs, 503 page: ProtocolException x3, UnavailableException x1
opensrs, same route: UnavailableException x2
health: open, 3 failures, 3 refused, last failure: ProtocolException, last success: none
last failure: WhmcsOpensrs\ProtocolException: the server answered HTTP 503
phpinfo() lists the route: 1
secrets in health() and phpinfo(): none
the page in health() and phpinfo(): no
whmcs, its own 503 error after the cooldown: WhmcsException x3
health: closed, 0 failures, 0 refused, last failure: ProtocolException, last success: yes
opensrs, its own 503 error: OpensrsException x4
health: closed, 0 failures, 0 refused, last failure: ProtocolException, last success: yes
