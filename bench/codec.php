<?php
/*
 * Codec benchmark: WhmcsOpensrs\opensrs_ops_decode()/WhmcsOpensrs\opensrs_ops_encode() against the
 * pure-PHP codec, on a real 49 KB reply and on a generated 10,000-item one.
 * Prints one JSON object per line: {case, bytes, impl, op, us}.
 *
 *   php codec.php FILE49K RUNS
 *   php codec.php FILE49K --peak CASE ext|php decode|encode   (peak RSS growth, KiB)
 */
declare(strict_types=1);
require __DIR__ . '/php_codec.php';

[$_, $file, $runs] = $argv + [null, null, 7];
$runs = (int) $runs;

function generated_reply(int $items): string
{
    $list = [];
    for ($i = 0; $i < $items; $i++) {
        $list[] = ['domain' => "name$i.example.com", 'status' => $i % 3 ? 'taken' : 'available', 'price' => '12.50'];
    }
    return WhmcsOpensrs\opensrs_ops_encode(['protocol' => 'XCP', 'action' => 'REPLY', 'object' => 'DOMAIN',
        'is_success' => '1', 'response_code' => '200', 'response_text' => 'Command completed successfully',
        'attributes' => ['items' => $list]]);
}

/* Median µs per call of $fn over $runs runs, each long enough to time. */
function median_us(callable $fn, int $runs, int $iterations): float
{
    $fn();
    $samples = [];
    for ($r = 0; $r < $runs; $r++) {
        $t = hrtime(true);
        for ($i = 0; $i < $iterations; $i++) {
            $fn();
        }
        $samples[] = (hrtime(true) - $t) / $iterations / 1000;
    }
    sort($samples);
    return $samples[intdiv(count($samples), 2)];
}

$cases = [
    'namesuggest-49KB' => file_get_contents($file),
    'generated-10000-items' => generated_reply(10000),
];

if (($argv[2] ?? '') === '--peak') {
    [, , , $case, $impl, $op] = $argv;
    $xml = $cases[$case];
    $value = WhmcsOpensrs\opensrs_ops_decode($xml);
    unset($cases);
    /* Peak RSS growth of one call: counts libxml2's own allocations (a DOM
     * tree), which memory_get_peak_usage() does not see. */
    $before = getrusage()['ru_maxrss'];
    $result = match ("$impl:$op") {
        'ext:decode' => WhmcsOpensrs\opensrs_ops_decode($xml),
        'php:decode' => PhpOpsCodec::decode($xml),
        'ext:encode' => WhmcsOpensrs\opensrs_ops_encode($value),
        'php:encode' => PhpOpsCodec::encode($value),
    };
    echo getrusage()['ru_maxrss'] - $before, "\n";
    exit;
}

foreach ($cases as $case => $xml) {
    $value = WhmcsOpensrs\opensrs_ops_decode($xml);
    if (PhpOpsCodec::decode($xml) != $value || WhmcsOpensrs\opensrs_ops_decode(PhpOpsCodec::encode($value)) != $value) {
        fwrite(STDERR, "codec.php: the PHP codec disagrees with the extension on $case\n");
        exit(1);
    }
    $iterations = max(5, (int) (2_000_000 / strlen($xml)));
    $measure = [
        'ext:decode' => fn () => WhmcsOpensrs\opensrs_ops_decode($xml),
        'php:decode' => fn () => PhpOpsCodec::decode($xml),
        'ext:encode' => fn () => WhmcsOpensrs\opensrs_ops_encode($value),
        'php:encode' => fn () => PhpOpsCodec::encode($value),
    ];
    foreach ($measure as $key => $fn) {
        [$impl, $op] = explode(':', $key);
        echo json_encode(['case' => $case, 'bytes' => strlen($xml), 'impl' => $impl, 'op' => $op,
            'us' => round(median_us($fn, $runs, $iterations), 2)]), "\n";
    }
}
