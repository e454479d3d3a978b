--TEST--
examples/monitoring: the probe page served by the pool answers OK, WARNING (half-open) or CRITICAL (open, HTTP 503) from health(); run from the command line with its URL it prints the line and exits 0, 1 or 2
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/setsid,*/kill
--FILE--
<?php
require __DIR__ . '/workers.inc';

/* The pool's web root: a page that makes calls, and the probe. */
$root = sys_get_temp_dir() . '/wo-probe-' . getmypid();
mkdir($root);
copy(WO_PAGE, "$root/page.php");
copy(__DIR__ . '/../examples/monitoring/whmcs_opensrs_health.php', "$root/whmcs_opensrs_health.php");
register_shutdown_function(static function () use ($root) {
    array_map('unlink', glob("$root/*"));
    rmdir($root);
});
$pool = wo_php_server_workers(2, $root);
$api = wo_outage_start('refuse');

function probe(string $pool, string $api): void
{
    [[$status, $body]] = wo_http_get($pool, '/whmcs_opensrs_health.php', [[]]);
    echo "page: HTTP $status, ", str_replace($api, 'API', trim($body)), "\n";
    $out = [];
    exec(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg(__DIR__ . '/../examples/monitoring/whmcs_opensrs_health.php')
        . ' ' . escapeshellarg("$pool/whmcs_opensrs_health.php"), $out, $code);
    echo "command line: exit $code, ", $out[0] === trim($body) ? 'the same line' : 'OTHER: ' . $out[0], "\n";
}

probe($pool, $api['url']);
$pages = [];
for ($i = 0; $i < 4; $i++) {
    $pages[] = strtok(wo_http_pages($pool, [['url' => $api['url']]], '/page.php')[0]['result'], ':');
}
echo 'pages, one after the other: ', implode(', ', $pages), "\n";
probe($pool, $api['url']);

/* A trial under a cooldown of 0.05 s fails; once that has passed, the
 * route is half-open. */
usleep(100000);
wo_http_pages($pool, [['url' => $api['url'], 'cooldown' => 0.05]], '/page.php');
usleep(100000);
probe($pool, $api['url']);

wo_outage_set($api, 'ok');
echo 'pages: ', implode(', ', array_map(static fn ($a) => strtok($a['result'], ':'),
    wo_http_pages($pool, [['url' => $api['url'], 'cooldown' => 0.05]], '/page.php'))), "\n";
probe($pool, $api['url']);
?>
--EXPECTF--
page: HTTP 200, WHMCS_OPENSRS OK - no calls yet
command line: exit 0, the same line
pages, one after the other: TransportException, TransportException, TransportException, UnavailableException
page: HTTP 503, WHMCS_OPENSRS CRITICAL - API open after 3 failures, last: could not connect: %s, next call at %d:%d:%d UTC
command line: exit 2, the same line
page: HTTP 200, WHMCS_OPENSRS WARNING - API half-open after 4 failures, last: could not connect: %s
command line: exit 1, the same line
pages: ok
page: HTTP 200, WHMCS_OPENSRS OK - 1 route(s) closed
command line: exit 0, the same line
