<?php
/*
 * bench/ab.sh's table: per figure, min / median / max over the rounds for A
 * (a revision), B (the working tree) and the C floor, and B/A and B/floor
 * taken round by round (each round's own pair), as median [min - max].
 *
 *   php ab_report.php ab.jsonl A_NAME B_NAME "what was run"
 */
declare(strict_types=1);

[$_, $file, $aName, $bName, $about] = $argv;
$by = [];
foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    $r = json_decode($line, true, 4, JSON_THROW_ON_ERROR);
    $by[$r['metric']][$r['build']][$r['round']] = (float) $r['us'];
}

function spread(array $xs): string
{
    if (!$xs) {
        return '—';
    }
    sort($xs);
    $n = count($xs);
    $median = $n % 2 ? $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2;
    return sprintf('%.1f / **%.1f** / %.1f', $xs[0], $median, $xs[$n - 1]);
}

/* Median [min - max] of x/y over the rounds that have both. */
function ratio(array $x, array $y): string
{
    $rs = [];
    foreach ($x as $round => $v) {
        if (isset($y[$round]) && $y[$round] > 0) {
            $rs[] = $v / $y[$round];
        }
    }
    if (!$rs) {
        return '—';
    }
    sort($rs);
    $n = count($rs);
    $median = $n % 2 ? $rs[intdiv($n, 2)] : ($rs[$n / 2 - 1] + $rs[$n / 2]) / 2;
    return sprintf('%.3f [%.3f – %.3f]', $median, $rs[0], $rs[$n - 1]);
}

$labels = [
    'whmcs_call' => 'WHMCS call, CLI loop',
    'opensrs_call' => 'OpenSRS call, CLI loop',
    'whmcs_call_cpu' => 'WHMCS call, CLI loop: CPU time of the calling process',
    'opensrs_call_cpu' => 'OpenSRS call, CLI loop: CPU time of the calling process',
    'page_whmcs_adds' => 'fpm page: what one WHMCS call adds',
    'page_opensrs_adds' => 'fpm page: what one OpenSRS call adds',
    'page_empty' => 'fpm page without a call',
];
echo "## bench/ab.sh: A = $aName, B = $bName\n\n$about. µs; min / **median** / max over the rounds;\n";
echo "ratios from each round's own pair, median [min – max].\n\n";
echo "| figure | A | B | C floor | B / A | A / floor | B / floor |\n|---|---|---|---|---|---|---|\n";
foreach ($labels as $metric => $label) {
    if (!isset($by[$metric])) {
        continue;
    }
    $a = $by[$metric]['a'] ?? [];
    $b = $by[$metric]['b'] ?? [];
    $floor = $by[$metric]['floor'] ?? [];
    printf("| %s | %s | %s | %s | %s | %s | %s |\n", $label, spread($a), spread($b), spread($floor),
        ratio($b, $a), $floor ? ratio($a, $floor) : '—', $floor ? ratio($b, $floor) : '—');
}
echo "\nThe OpenSRS floor signs each request and parses each reply with SAX2 (bench/floor.c);\n";
echo "the WHMCS floor only moves the bytes.\n";
