--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses an internal-subset entity bomb (billion laughs) at once, in bounded time and memory
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
/* lol9 expands to 10^9 "lol": 3 GB if anything substituted it. */
$subset = "<!DOCTYPE OPS_envelope [\n  <!ENTITY lol0 \"lol\">\n";
for ($i = 1; $i <= 9; $i++) {
    $subset .= "  <!ENTITY lol$i \"" . str_repeat('&lol' . ($i - 1) . ';', 10) . "\">\n";
}
$subset .= "]>\n";
foreach (['<dt_scalar>&lol9;</dt_scalar>', '<dt_assoc><item key="&lol9;">x</item></dt_assoc>'] as $value) {
    $xml = wo_ops_envelope($value, $subset);
    $r = wo_measure(fn() => WhmcsOpensrs\opensrs_ops_decode($xml));
    echo get_class($r['thrown']), ': ', $r['thrown']->getMessage(), "\n";
    var_dump($r['seconds'] < wo_time_bound(1), ($r['zend_growth'] ?? 0) < 1024 * 1024);
    var_dump($r['rss_growth'] === null || $r['rss_growth'] < 16 * 1024 * 1024);
}
?>
--EXPECT--
WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
bool(true)
bool(true)
bool(true)
WhmcsOpensrs\ProtocolException: Invalid OPS message: a DOCTYPE internal subset is not allowed
bool(true)
bool(true)
bool(true)
