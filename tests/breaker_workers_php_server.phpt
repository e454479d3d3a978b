--TEST--
Circuit breaker shared by workers: php -S with PHP_CLI_SERVER_WORKERS forks after module startup; failures seen by some workers open the route for all, and every worker's health() says so
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/setsid,*/kill
--FILE--
<?php
require __DIR__ . '/workers.inc';

/* Outcomes as "word xN", in order of first appearance. */
function outcomes(array $answers): string
{
    $words = array_map(static fn ($a) => strtok($a['result'], ':'), $answers);
    return implode(', ', array_map(static fn ($w, $n) => "$w x$n", array_keys(array_count_values($words)),
        array_count_values($words)));
}

$api = wo_outage_start('silent');
$front = wo_php_server_workers(4);
$q = ['url' => $api['url'], 'failures' => 4];

/* Four pages at once, each waiting for its call's timeout: four failures,
 * wherever they happened. */
echo 'four pages at once: ', outcomes(wo_http_pages($front, array_fill(0, 4, $q))), "\n";
echo 'requests received: ', wo_outage_requests($api), "\n";
$answers = wo_http_pages($front, array_fill(0, 8, $q));
echo 'eight more: ', outcomes($answers), "\n";
echo 'what the workers see: ', implode(', ', array_unique(array_map(static fn ($a) => "$a[state], $a[failures] failures",
    $answers))), "\n";
echo 'requests received: ', wo_outage_requests($api), "\n";
?>
--EXPECT--
four pages at once: TransportException x4
requests received: 4
eight more: UnavailableException x8
what the workers see: open, 4 failures
requests received: 4
