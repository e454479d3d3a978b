--TEST--
health() and phpinfo(): one entry per route (origin, and proxy when there is one) without user names or passwords, the breaker's state, counts and times, the last failure without secrets, and the connections this process keeps open
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/breaker.inc';
require __DIR__ . '/opensrs.inc';
echo 'before any call: ', json_encode(WhmcsOpensrs\health()), "\n";

/* Basic auth in front of WHMCS: the password is in the URL. */
$down = wo_outage_start('refuse');
$url = str_replace('http://', 'http://admin:URLPASS-3e7a10@', $down['url']) . '/includes/api.php';
$before = time();
echo 'refused: ', wo_breaker_calls(4, ['url' => $url] + wo_breaker_whmcs($down['url'])), "\n";

/* Through a proxy with credentials, to the same origin: another route. The
 * proxy answers 502 for the origin it cannot reach. */
$proxy = wo_proxy_start('puser:PROXYPASS-55c2e9');
$viaProxy = ['proxy' => str_replace('http://', 'http://puser:PROXYPASS-55c2e9@', $proxy['url'])];
echo 'through the proxy: ', wo_breaker_calls(2, $viaProxy + wo_breaker_whmcs($down['url'])), "\n";

/* A kept connection. */
$up = wo_opensrs_start_socket('keepalive');
WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], ['domain' => 'example.com', 'username' => 'domainowner'], $up['options']);

/* Routes named by what they are: their ports vary. */
function named(string $text): string
{
    global $down, $proxy, $up;
    $text = preg_replace('/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/', 'TIME', $text);
    return strtr($text, [$down['url'] => 'DOWN', $proxy['url'] => 'PROXY', $up['url'] => 'UP']);
}
$health = WhmcsOpensrs\health();
$routes = array_map('named', array_keys($health));
sort($routes);
echo 'routes: ', implode(' | ', $routes), "\n";
$entry = $health[$down['url']];
echo 'times: failure ', $entry['last_failure']['time'] >= $before ? 'now' : 'before', ', retry ',
    $entry['retry_at'] >= $entry['last_failure']['time'] + 29 ? 'after 30 s' : 'sooner', "\n";
$entry['last_failure']['time'] = $entry['retry_at'] = 'T';
var_dump($entry);
$proxied = $health[$down['url'] . ' via ' . $proxy['url']];
echo 'via proxy: ', $proxied['origin'], ' | ', $proxied['proxy'], ' | ', $proxied['state'], ' | ',
    $proxied['last_failure']['class'], ': ', $proxied['last_failure']['message'], "\n";
$kept = $health[$up['url']];
echo 'kept: ', $kept['state'], ', ', $kept['failures'], ' failures, last success ', $kept['last_success'] >= $before ? 'now' : 'none',
    ', ', $kept['connections'], " connection\n";

ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
$lines = array_filter(explode("\n", $info), static fn ($line) => str_starts_with($line, 'Circuit breaker')
    || str_starts_with($line, 'Route') || str_starts_with($line, 'http://127.0.0.1'));
$lines = array_map('named', $lines);
sort($lines);
foreach ($lines as $line) {
    echo 'phpinfo: ', $line, "\n";
}
ob_start();
var_dump($health);
$all = ob_get_clean() . $info;
foreach (['URLPASS-3e7a10', 'PROXYPASS-55c2e9', 'admin:', 'puser', WO_OPENSRS_KEY, ...wo_fault_secrets()] as $secret) {
    if (str_contains($all, $secret)) {
        echo "LEAKED: $secret\n";
    }
}
echo "done\n";
?>
--EXPECTF--
before any call: []
refused: TransportException x3, UnavailableException x1
through the proxy: ProtocolException x2
routes: DOWN | DOWN via PROXY | UP
times: failure now, retry after 30 s
array(9) {
  ["origin"]=>
  string(%d) "http://127.0.0.1:%d"
  ["proxy"]=>
  NULL
  ["state"]=>
  string(4) "open"
  ["failures"]=>
  int(3)
  ["refused"]=>
  int(1)
  ["last_failure"]=>
  array(3) {
    ["class"]=>
    string(31) "WhmcsOpensrs\TransportException"
    ["message"]=>
    string(%d) "could not connect: %s"
    ["time"]=>
    string(1) "T"
  }
  ["last_success"]=>
  NULL
  ["retry_at"]=>
  string(1) "T"
  ["connections"]=>
  int(0)
}
via proxy: http://127.0.0.1:%d | http://127.0.0.1:%d | closed | WhmcsOpensrs\ProtocolException: the server answered HTTP 502
kept: closed, 0 failures, last success now, 1 connection
phpinfo: Circuit breaker => one table of routes shared by the processes forked after startup, per user
phpinfo: DOWN => open => 3 => TIME WhmcsOpensrs\TransportException: could not connect: %s => none => 0
phpinfo: DOWN via PROXY => closed => 2 => TIME WhmcsOpensrs\ProtocolException: the server answered HTTP 502 => none => 0
phpinfo: Route => State => Failures => Last failure => Last success => Kept connections
phpinfo: UP => closed => 0 => none => TIME => 1
done
