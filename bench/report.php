<?php
/*
 * Turns bench/run.sh's JSON lines into the Markdown table of results, with
 * the ratios the targets are stated in and whether each target holds.
 *
 *   php report.php results.jsonl "machine description"
 */
declare(strict_types=1);

[$_, $file, $machine] = $argv + [null, null, ''];
$rows = array_map(fn ($l) => json_decode($l, true, 8, JSON_THROW_ON_ERROR),
    file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
$of = fn (string $kind) => array_values(array_filter($rows, fn ($r) => $r['kind'] === $kind));

$targets = [];
function target(array &$targets, string $what, float $value, string $op, float $limit): string
{
    $ok = $op === '<=' ? $value <= $limit : $value >= $limit;
    $targets[] = sprintf('| %s | %.2f | %s %s | %s |', $what, $value, $op, $limit, $ok ? 'holds' : '**missed**');
    return sprintf('%.2f', $value);
}

echo "## Performance (bench/run.sh)\n\n";
echo "Machine: $machine; server, fpm and clients pinned to one CPU. Medians of several runs.\n";
echo "The C floor is libcurl with one kept-alive handle and no encoding or decoding; for OpenSRS it\n";
echo "reconnects after 100 commands, as OpenSRS demands of every client (the extension does the same).\n";
echo "OpenSRS's own floor also does what no OpenSRS client can skip: it signs each request (two MD5\n";
echo "passes, OpenSSL's) and parses each reply with libxml2's SAX2 parser (bench/floor.c).\n\n";

echo "### One call (µs per call, wall / CPU of the calling process)\n\n";
echo "| API | scheme | extension | libcurl floor | API's floor | PHP, reused handle | PHP, vendor sample | ext / API's floor | vendor / ext |\n";
echo "|---|---|---|---|---|---|---|---|---|\n";
$calls = [];
foreach ($of('call') as $r) {
    $calls[$r['api']][$r['scheme']][$r['impl']] = $r;
}
foreach ($calls as $api => $bySchemes) {
    foreach ($bySchemes as $scheme => $impl) {
        $cell = fn ($k) => isset($impl[$k]) ? sprintf('%.1f / %.1f', $impl[$k]['us'], $impl[$k]['cpu_us']) : '—';
        $own = $impl['floor-ops'] ?? $impl['floor'];
        $ext = $impl['ext']['us'];
        $vsFloor = $ext / $own['us'];
        $vsVendor = $impl['vendor']['us'] / $ext;
        if ($scheme === 'https') {
            target($targets, "$api HTTPS call: extension / its C floor", $vsFloor, '<=', $api === 'whmcs' ? 1.05 : 1.1);
            target($targets, "$api HTTPS call: vendor sample / extension", $vsVendor, '>=', 5);
        }
        printf("| %s | %s | %s | %s | %s | %s | %s | %.2fx | %.1fx |\n", $api, $scheme, $cell('ext'), $cell('floor'),
            $cell(isset($impl['floor-ops']) ? 'floor-ops' : 'floor'), $cell('reuse'), $cell('vendor'), $vsFloor, $vsVendor);
    }
}

echo "\n### Hook scenario (php8.2-fpm, one worker, one HTTPS call per page; ab -k -c 1)\n\n";
echo "| page | requests | req/s | ms per request |\n|---|---|---|---|\n";
$hooks = [];
foreach ($of('hook') as $r) {
    $hooks[$r['page']] = $r;
    printf("| %s | %d | %.0f | %.3f |\n", $r['page'], $r['requests'], $r['rps'], $r['ms_per_request']);
}
$probes = array_column($of('probe'), null, 'api');
if ($probes && isset($hooks['empty'])) {
    echo "\nOne HTTPS call (µs): what it adds to a page (ext − empty); timed inside a page, the page's first\n";
    echo "call and a second one right after it; one call in a CLI loop (above).\n\n";
    echo "| API | adds to a page | first call in a page | second call in a page | CLI loop |\n|---|---|---|---|---|\n";
    foreach ($probes as $api => $p) {
        $adds = ($hooks["ext-$api"]['ms_per_request'] - $hooks['empty']['ms_per_request']) * 1000;
        printf("| %s | %.1f | %.1f | %.1f | %.1f |\n", $api, $adds, $p['first_us'], $p['second_us'],
            $calls[$api]['https']['ext']['us']);
        target($targets, "hook page ($api): what one call adds / the call in a CLI loop",
            $adds / $calls[$api]['https']['ext']['us'], '<=', 1.1);
    }
}
foreach (['whmcs', 'opensrs'] as $api) {
    if (isset($hooks["ext-$api"], $hooks["vendor-$api"])) {
        target($targets, "hook page ($api): extension / vendor sample throughput",
            $hooks["ext-$api"]['rps'] / $hooks["vendor-$api"]['rps'], '>=', 15);
    }
}

echo "\n### OPS codec (µs per call)\n\n";
echo "| reply | bytes | ext decode | PHP (DOM) decode | bare SAX2 pass | ext encode | PHP (XMLWriter) encode | decode ext / SAX2 | decode PHP / ext | encode PHP / ext |\n";
echo "|---|---|---|---|---|---|---|---|---|---|\n";
$codec = [];
foreach ($of('codec') as $r) {
    $codec[$r['case']]["{$r['impl']}:{$r['op']}"] = $r['us'];
    if (isset($r['bytes'])) {
        $codec[$r['case']]['bytes'] = $r['bytes'];
    }
}
foreach ($codec as $case => $c) {
    $d1 = $c['ext:decode'] / $c['sax-floor:decode'];
    $d2 = $c['php:decode'] / $c['ext:decode'];
    $e = $c['php:encode'] / $c['ext:encode'];
    target($targets, "$case: decode ext / bare SAX2", $d1, '<=', 1.2);
    target($targets, "$case: decode PHP / ext", $d2, '>=', 4);
    target($targets, "$case: encode PHP / ext", $e, '>=', 8);
    printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2fx | %.1fx | %.1fx |\n", $case, $c['bytes'],
        $c['ext:decode'], $c['php:decode'], $c['sax-floor:decode'], $c['ext:encode'], $c['php:encode'], $d1, $d2, $e);
}

echo "\nPeak RSS growth of one call (KiB; 0 = within memory already mapped):\n\n";
echo "| reply | ext decode | PHP decode | ext encode | PHP encode |\n|---|---|---|---|---|\n";
$peak = [];
foreach ($of('peak') as $r) {
    $peak[$r['case']]["{$r['impl']}:{$r['op']}"] = $r['kb'];
}
foreach ($peak as $case => $p) {
    printf("| %s | %d | %d | %d | %d |\n", $case, $p['ext:decode'], $p['php:decode'], $p['ext:encode'], $p['php:encode']);
}

foreach ($of('callgrind') as $r) {
    printf("\nCallgrind, one decode of the 49 KB reply: %s instructions in WhmcsOpensrs\opensrs_ops_decode(), %s in a bare libxml2 SAX2 pass (%.2fx).\n",
        number_format($r['ext_decode_ir']), number_format($r['sax_floor_ir']), $r['ext_decode_ir'] / $r['sax_floor_ir']);
}
foreach ($of('rss') as $r) {
    $growth = $r['rss_kb_after'] - $r['rss_kb_before'];
    printf("\nRSS over %s extension calls (after 2,000 warm-up calls): %d KiB → %d KiB (%+d KiB).\n",
        number_format($r['calls']), $r['rss_kb_before'], $r['rss_kb_after'], $growth);
    target($targets, "RSS growth over {$r['calls']} calls (KiB)", $growth, '<=', 1024);
}

echo "\n### Targets\n\n| target | measured | wanted | |\n|---|---|---|---|\n", implode("\n", $targets), "\n";
