<?php
/*
 * bench/outage.sh's load: pages requested at a steady rate (open loop, as
 * visitors arrive whatever the server is doing), an outage of the API
 * server and its recovery, and the report.
 *
 *   php outage.php run URL CONTROL RATE WARM OUTAGE AFTER OUT.jsonl
 *       requests URL RATE times a second for WARM + OUTAGE + AFTER seconds;
 *       writes "drop" into CONTROL (tests/servers/outage.php) after WARM
 *       seconds and "ok" after OUTAGE more; then waits for the pages still
 *       open (nginx gives up on a page after 60 s). One JSON line per page
 *       in OUT.jsonl, then one with the outage's start and end.
 *   php outage.php report LABEL CONNECT_TIMEOUT COOLDOWN FAILURES OUT.jsonl
 *       prints one JSON line of figures for bench/outage.sh's table.
 */

function run(string $url, string $control, float $rate, float $warm, float $outage, float $after, string $out): void
{
    $parts = parse_url($url);
    $target = "tcp://{$parts['host']}:{$parts['port']}";
    $request = "GET {$parts['path']} HTTP/1.0\r\nHost: {$parts['host']}\r\n\r\n";
    $open = [];      /* id => [stream, start, buffer] */
    $pages = [];
    file_put_contents($control, 'ok');
    $t0 = microtime(true);
    $down = $t0 + $warm;
    $up = $down + $outage;
    $end = $up + $after;
    $state = 'ok';
    $next = $t0;
    for (;;) {
        $now = microtime(true);
        if ($state === 'ok' && $now >= $down && $now < $up) {
            file_put_contents($control, 'drop');
            $state = 'drop';
            $downAt = $now;
        } elseif ($state === 'drop' && $now >= $up) {
            file_put_contents($control, 'ok');
            $state = 'back';
            $upAt = $now;
        }
        while ($now >= $next && $next < $end) {
            $s = @stream_socket_client($target, $errno, $errstr, 5, STREAM_CLIENT_CONNECT);
            if ($s === false) {
                $pages[] = ['status' => 0, 'start' => $next, 'end' => microtime(true)];
            } else {
                fwrite($s, $request);
                stream_set_blocking($s, false);
                $open[(int) $s] = [$s, $next, ''];
            }
            $next += 1 / $rate;
        }
        if ($next >= $end && !$open) {
            break;
        }
        if ($now > $end + 120) {
            foreach ($open as [$s, $start]) {
                $pages[] = ['status' => 0, 'start' => $start, 'end' => $now];
                fclose($s);
            }
            break;
        }
        $read = array_column($open, 0);
        $write = $except = null;
        $wait = max(0.0, min(0.05, $next - microtime(true)));
        if ($read && @stream_select($read, $write, $except, 0, (int) ($wait * 1e6)) > 0) {
            foreach ($read as $s) {
                $id = (int) $s;
                $chunk = fread($s, 65536);
                if ($chunk !== '' && $chunk !== false) {
                    $open[$id][2] .= $chunk;
                    continue;
                }
                if (!feof($s) && $chunk === '') {
                    continue;
                }
                [, $start, $raw] = $open[$id];
                $status = (int) substr($raw, 9, 3);
                $body = json_decode((string) substr($raw, (int) strpos($raw, "\r\n\r\n") + 4), true);
                $pages[] = ['status' => $status, 'start' => $start, 'end' => microtime(true)]
                    + (is_array($body) ? ['page' => $body] : []);
                fclose($s);
                unset($open[$id]);
            }
        } elseif (!$read) {
            usleep((int) ($wait * 1e6));
        }
    }
    $lines = array_map(static fn ($p) => json_encode($p), $pages);
    $lines[] = json_encode(['outage' => [$downAt ?? $down, $upAt ?? $up]]);
    file_put_contents($out, implode("\n", $lines) . "\n");
}

function percentile(array $values, float $p): float
{
    if (!$values) {
        return 0.0;
    }
    sort($values);
    return $values[min(count($values) - 1, (int) floor($p * count($values)))];
}

function report(string $label, float $connectTimeout, float $cooldown, int $failures, string $file): void
{
    $pages = [];
    foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
        $row = json_decode($line, true);
        if (isset($row['outage'])) {
            [$down, $up] = $row['outage'];
        } else {
            $pages[] = $row;
        }
    }
    /* The pages asked for while the server was down. */
    $during = array_filter($pages, static fn ($p) => $p['start'] >= $down && $p['start'] < $up);
    $served = array_filter($during, static fn ($p) => $p['status'] === 200 && isset($p['page']));
    /* A call that took (nearly) its connect_timeout waited for it. */
    $waited = array_filter($pages, static fn ($p) => isset($p['page']) && $p['page']['call_us'] >= 0.9e6 * $connectTimeout
        && $p['page']['outcome'] !== 'ok');
    $perCooldown = [];
    foreach ($waited as $p) {
        $window = (int) floor(($p['page']['start'] - $down) / $cooldown);
        $perCooldown[$window] = ($perCooldown[$window] ?? 0) + 1;
    }
    ksort($perCooldown);
    $times = array_map(static fn ($p) => ($p['end'] - $p['start']) * 1000, $during);
    $refused = array_map(static fn ($p) => $p['page']['call_us'],
        array_filter($pages, static fn ($p) => ($p['page']['outcome'] ?? '') === 'unavailable'));
    $firstOk = null;
    foreach ($pages as $p) {
        if (($p['page']['outcome'] ?? '') === 'ok' && $p['page']['end'] > $up) {
            $firstOk = $firstOk === null ? $p['page']['end'] : min($firstOk, $p['page']['end']);
        }
    }
    echo json_encode([
        'label' => $label,
        'requested' => count($during),
        'served' => count($served),
        'failed_pages' => count($during) - count($served),
        'waited' => count($waited),
        'waited_per_cooldown' => array_values($perCooldown),
        'median_ms' => round(percentile($times, 0.5), 1),
        'p99_ms' => round(percentile($times, 0.99), 1),
        'refused_calls' => count($refused),
        'refused_p99_us' => round(percentile($refused, 0.99)),
        'refused_max_us' => $refused ? max($refused) : 0,
        'recovery_s' => $firstOk === null ? null : round($firstOk - $up, 2),
        'cooldown' => $cooldown,
        'failures' => $failures,
    ]), "\n";
}

$argv[1] === 'run'
    ? run($argv[2], $argv[3], (float) $argv[4], (float) $argv[5], (float) $argv[6], (float) $argv[7], $argv[8])
    : report($argv[2], (float) $argv[3], (float) $argv[4], (int) $argv[5], $argv[6]);
