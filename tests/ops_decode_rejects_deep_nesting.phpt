--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses 100,000-deep nesting with a ProtocolException, in bounded time and memory
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$depth = 100000;
$documents = [
    'dt_assoc' => wo_ops_envelope(str_repeat('<dt_assoc><item key="a">', $depth) . 'x' . str_repeat('</item></dt_assoc>', $depth)),
    'dt_array' => wo_ops_envelope(str_repeat('<dt_array><item key="0">', $depth) . 'x' . str_repeat('</item></dt_array>', $depth)),
    /* Not closed at all: the refusal must come before the end. */
    'unclosed' => wo_ops_envelope(str_repeat('<dt_assoc><item key="a">', $depth)),
];
foreach ($documents as $name => $xml) {
    $r = wo_measure(fn() => WhmcsOpensrs\opensrs_ops_decode($xml));
    echo "$name: ", get_class($r['thrown']), ': ', $r['thrown']->getMessage(), "\n";
    var_dump($r['seconds'] < wo_time_bound(1), ($r['zend_growth'] ?? 0) < strlen($xml));
    var_dump($r['rss_growth'] === null || $r['rss_growth'] < 3 * strlen($xml));
}
/* Outside data_block too, whatever libxml2's own limit. */
$xml = "<OPS_envelope><header>" . str_repeat('<x>', $depth) . str_repeat('</x>', $depth)
    . "</header><body><data_block><dt_scalar>x</dt_scalar></data_block></body></OPS_envelope>";
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode($xml));
/* A small document takes another path through libxml2: the same bound. */
foreach ([64, 65] as $levels) {
    $xml = "<OPS_envelope><header>" . str_repeat('<x>', $levels) . str_repeat('</x>', $levels)
        . "</header><body><data_block><dt_scalar>x</dt_scalar></data_block></body></OPS_envelope>";
    wo_show_throw(fn() => var_dump(WhmcsOpensrs\opensrs_ops_decode($xml)));
}
?>
--EXPECTF--
dt_assoc: WhmcsOpensrs\ProtocolException: Invalid OPS message: values nested deeper than 64 levels
bool(true)
bool(true)
bool(true)
dt_array: WhmcsOpensrs\ProtocolException: Invalid OPS message: values nested deeper than 64 levels
bool(true)
bool(true)
bool(true)
unclosed: WhmcsOpensrs\ProtocolException: Invalid OPS message: values nested deeper than 64 levels
bool(true)
bool(true)
bool(true)
WhmcsOpensrs\ProtocolException: Invalid OPS message: elements nested deeper than 64 levels outside data_block
string(1) "x"
no exception
WhmcsOpensrs\ProtocolException: Invalid OPS message: elements nested deeper than 64 levels outside data_block
