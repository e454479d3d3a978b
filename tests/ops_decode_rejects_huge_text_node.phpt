--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses a 50 MB text node with a ProtocolException, in bounded time and memory
--EXTENSIONS--
whmcs_opensrs
--INI--
memory_limit=512M
--FILE--
<?php
require __DIR__ . '/ops.inc';
$wrappers = [
    'dt_scalar' => ['<dt_scalar>', '</dt_scalar>'],
    'item' => ['<dt_assoc><item key="x">', '</item></dt_assoc>'],
    'CDATA' => ['<dt_assoc><item key="x"><![CDATA[', ']]></item></dt_assoc>'],
];
foreach ($wrappers as $where => [$open, $close]) {
    /* One document alive at a time, so the peak measures the decoder. */
    $xml = wo_ops_envelope($open . str_repeat('A', 50 * 1024 * 1024) . $close);
    $len = strlen($xml);
    $r = wo_measure(fn() => WhmcsOpensrs\opensrs_ops_decode($xml));
    echo "$where: ", get_class($r['thrown']), ': ', $r['thrown']->getMessage(), "\n";
    var_dump($r['zend_peak'] < 3 * $len, ($r['zend_growth'] ?? 0) < 1024 * 1024);
    var_dump($r['rss_growth'] === null || $r['rss_growth'] < 2 * $len);
    var_dump($r['seconds'] < wo_time_bound(5));
    unset($xml);
}
/* The bound is on one value: 10,000,000 bytes still decode. */
$at_bound = str_repeat('é', 5000000);
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope("<dt_scalar>$at_bound</dt_scalar>")) === $at_bound);
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope("<dt_scalar>{$at_bound}x</dt_scalar>")));
?>
--EXPECTF--
dt_scalar: WhmcsOpensrs\ProtocolException: Invalid OPS message: a value is longer than 10000000 bytes
bool(true)
bool(true)
bool(true)
bool(true)
item: WhmcsOpensrs\ProtocolException: Invalid OPS message: a value is longer than 10000000 bytes
bool(true)
bool(true)
bool(true)
bool(true)
CDATA: WhmcsOpensrs\ProtocolException: Invalid OPS message: %s
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
WhmcsOpensrs\ProtocolException: Invalid OPS message: a value is longer than 10000000 bytes
