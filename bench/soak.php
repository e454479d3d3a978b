<?php
/*
 * Soak: many calls of both APIs in one process, successes and every kind of
 * error answer mixed, against local servers; the process's resident memory
 * and open file descriptors must not grow. A leak of a few bytes per call,
 * or of a socket per failed call, shows here long before it takes down a
 * PHP-FPM worker that lives for thousands of requests.
 *
 *   php -n -d extension=modules/whmcs_opensrs.so bench/soak.php [CALLS [CERT KEY]]
 *
 * (bench/soak.sh builds the extension and runs this.) CALLS defaults to
 * 100,000. With CERT and KEY (a certificate for 127.0.0.1 and its key) the
 * servers speak TLS, verified against CERT. The mix, per 20 calls:
 *    8  WhmcsOpensrs\whmcs_api() answered with success
 *    2  delete_user_client() answered with a WHMCS error
 *    1  WhmcsOpensrs\whmcs_api() answered with an HTML 503 page
 *    6  opensrs_delete_subuser() answered with success
 *    2  WhmcsOpensrs\opensrs_request() answered with is_success 0
 *    1  a call to a closed port (WHMCS and OpenSRS in turn)
 * over kept connections to bench/soak_server.php (one per API); the server
 * closes a connection every 1000 answers and OpenSRS's limit of 100 commands
 * per connection applies, so reconnecting is part of the mix.
 *
 * The baseline is taken after a warm-up (10% of the calls, at least 1,000):
 * libcurl, OpenSSL and the allocators set themselves up on first use, which
 * is not growth. glibc's malloc keeps settling for a while after that under
 * TLS (about 150 kB over the first 100,000 calls, then flat: a run of
 * 400,000 calls adds 4 kB after that), so memory is judged on the second
 * half of the run, where a leak, which grows with every call, shows as
 * plainly as in the first. Exit status 1 when a call did not end as asked,
 * when the most descriptors open at once grew at all from the first half of
 * the run to the second, or when, over the second half,
 * resident memory grew by more than RSS_SLACK_KB or PHP's heap by more than
 * HEAP_SLACK_BYTES (the allocators' bins move a little with the order of
 * frees; a leak of one byte a call is 50 kB there).
 */
declare(strict_types=1);

const RSS_SLACK_KB = 64;
const HEAP_SLACK_BYTES = 4096;

$calls = (int) ($argv[1] ?? 100000);
$cert = $argv[2] ?? null;
$key = $argv[3] ?? null;
if ($calls < 1000 || !function_exists('WhmcsOpensrs\\whmcs_api')) {
    fwrite(STDERR, "usage: php -n -d extension=whmcs_opensrs.so soak.php [CALLS >= 1000]\n");
    exit(2);
}

/* ---- servers ------------------------------------------------------------ */

function soak_server_start(?string $cert, ?string $key): array
{
    $cmd = [PHP_BINARY, '-n', __DIR__ . '/soak_server.php'];
    if ($cert !== null) {
        array_push($cmd, $cert, $key);
    }
    $proc = proc_open($cmd,
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes);
    if (!is_resource($proc)) {
        fwrite(STDERR, "soak: cannot start soak_server.php\n");
        exit(2);
    }
    $line = (string) fgets($pipes[1]);
    if (!preg_match('/^port (\d+)$/', trim($line), $m)) {
        fwrite(STDERR, "soak: soak_server.php did not start\n");
        exit(2);
    }
    /* The server exits when this pipe closes, at the end of the soak or
     * when the soak dies. */
    $scheme = $cert !== null ? 'https' : 'http';
    return ['proc' => $proc, 'pipes' => $pipes, 'url' => "$scheme://127.0.0.1:$m[1]"];
}

$whmcsServer = soak_server_start($cert, $key);
$opensrsServer = soak_server_start($cert, $key);
$closed = stream_socket_server('tcp://127.0.0.1:0');
$closedUrl = 'http://' . stream_socket_get_name($closed, false);
fclose($closed);

$tls = $cert !== null ? ['ca_file' => $cert] : [];
$whmcs = ['url' => $whmcsServer['url'], 'identifier' => 'soak-identifier', 'secret' => 'soak-secret',
          'timeout' => 5.0, 'connect_timeout' => 2.0] + $tls;
$opensrs = ['endpoint' => $opensrsServer['url'], 'reseller_username' => 'soakreseller',
            'api_key' => 'soak-opensrs-key', 'timeout' => 5.0, 'connect_timeout' => 2.0] + $tls;

/* ---- measuring ---------------------------------------------------------- */

function soak_rss_kb(): int
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', (string) file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

function soak_fds(): int
{
    /* scandir() holds one descriptor of its own while it reads. */
    return count(scandir('/proc/self/fd')) - 2 - 1;
}

function soak_snapshot(): array
{
    gc_collect_cycles();
    return ['rss' => soak_rss_kb(), 'fds' => soak_fds(), 'heap' => memory_get_usage()];
}

/* ---- the calls ------------------------------------------------------------ */

$outcomes = [];
$unexpected = 0;

/* Makes call $i of the mix; counts its outcome, and whether it was the one
 * the server was asked for. */
function soak_call(int $i, array $whmcs, array $opensrs, string $closedUrl, array &$outcomes, int &$unexpected): void
{
    $expect = 'success';
    try {
        switch ($i % 20) {
        case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
            WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma', 'limitnum' => 10], $whmcs);
            break;
        case 8: case 9:
            $expect = WhmcsOpensrs\WhmcsException::class;
            delete_user_client(2, 5, $whmcs);
            break;
        case 10:
            $expect = WhmcsOpensrs\ProtocolException::class;
            WhmcsOpensrs\whmcs_api('GetUsers', ['fail' => 'html'], $whmcs);
            break;
        case 11: case 12: case 13: case 14: case 15: case 16:
            /* Same-size requests all along: a growing number would move
             * allocations to other bins, which looks like growth. */
            opensrs_delete_subuser('example.com', 1000 + $i % 1000, 'domainowner', $opensrs);
            break;
        case 17: case 18:
            $expect = WhmcsOpensrs\OpensrsException::class;
            WhmcsOpensrs\opensrs_request('delete', 'subuser', ['domain' => 'example.com', 'sub_id' => 'soak-fail'],
                ['domain' => 'example.com', 'username' => 'domainowner'], $opensrs);
            break;
        default:
            $expect = WhmcsOpensrs\TransportException::class;
            if ($i % 40 === 19) {
                WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $closedUrl] + $whmcs);
            } else {
                opensrs_delete_subuser('example.com', 7, 'domainowner', ['endpoint' => $closedUrl] + $opensrs);
            }
        }
        $outcome = 'success';
    } catch (WhmcsOpensrs\Exception $e) {
        $outcome = get_class($e);
    }
    $outcomes[$outcome] = ($outcomes[$outcome] ?? 0) + 1;
    if ($outcome !== $expect) {
        $unexpected++;
    }
}

/* ---- the soak --------------------------------------------------------------- */

$warmup = max(1000, intdiv($calls, 10));
$t0 = hrtime(true);
for ($i = 0; $i < $warmup; $i++) {
    soak_call($i, $whmcs, $opensrs, $closedUrl, $outcomes, $unexpected);
}
$start = soak_snapshot();
printf("soak: %d calls after a warm-up of %d; %s, %s connections\n", $calls, $warmup,
    $cert !== null ? 'TLS' : 'plain HTTP', ini_get('whmcs_opensrs.persistent') ? 'kept' : 'new');
printf("%10s %10s %6s %12s\n", 'calls', 'RSS kB', 'fds', 'PHP heap B');
printf("%10d %10d %6d %12d\n", 0, $start['rss'], $start['fds'], $start['heap']);
$outcomes = [];
/* The kept connections (at most one per API) come and go as servers close
 * them, so the count of descriptors at any one moment moves by one or two;
 * the most seen in each half is what must not grow. */
$fdsMost = [$start['fds'], 0];
$t1 = hrtime(true);
for ($i = 0; $i < $calls; $i++) {
    soak_call($warmup + $i, $whmcs, $opensrs, $closedUrl, $outcomes, $unexpected);
    if (($i + 1) % 500 === 0) {
        $second = (int) ($i + 1 > intdiv($calls, 2));
        $fdsMost[$second] = max($fdsMost[$second], soak_fds());
    }
    if (($i + 1) % 10000 === 0 || $i + 1 === $calls || $i + 1 === intdiv($calls, 2)) {
        $now = soak_snapshot();
        printf("%10d %10d %6d %12d\n", $i + 1, $now['rss'], $now['fds'], $now['heap']);
        if ($i + 1 === intdiv($calls, 2)) {
            $half = $now;
        }
    }
}
$seconds = (hrtime(true) - $t1) / 1e9;
$end = soak_snapshot();

ksort($outcomes);
foreach ($outcomes as $outcome => $count) {
    printf("  %-40s %7d\n", $outcome, $count);
}
$outcomes = [];
printf("soak: %d calls in %.1f s (%.0f calls/s)\n", $calls, $seconds, $calls / $seconds);
printf("soak: start -> end: RSS %d -> %d kB (%+d kB), fds %d -> %d, PHP heap %d -> %d B (%+d B)\n",
    $start['rss'], $end['rss'], $end['rss'] - $start['rss'], $start['fds'], $end['fds'],
    $start['heap'], $end['heap'], $end['heap'] - $start['heap']);
printf("soak: second half: RSS %+d kB, PHP heap %+d B; most fds open: %d in the first half, %d in the second\n",
    $end['rss'] - $half['rss'], $end['heap'] - $half['heap'], $fdsMost[0], $fdsMost[1]);

$grew = [];
if ($fdsMost[1] > $fdsMost[0]) {
    $grew[] = 'open file descriptors';
}
if ($end['rss'] - $half['rss'] > RSS_SLACK_KB) {
    $grew[] = 'resident memory';
}
if ($end['heap'] - $half['heap'] > HEAP_SLACK_BYTES) {
    $grew[] = 'PHP heap';
}
foreach ([$whmcsServer, $opensrsServer] as $server) {
    fclose($server['pipes'][0]);
    fclose($server['pipes'][1]);
    proc_close($server['proc']);
}
if ($unexpected) {
    echo "soak: FAILED: $unexpected call(s) did not end as the server was asked to answer\n";
}
echo $grew ? 'soak: FAILED: ' . implode(', ', $grew) . " grew\n" : "soak: neither memory nor descriptors grew\n";
exit($grew || $unexpected ? 1 : 0);
