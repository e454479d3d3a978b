--TEST--
WhmcsOpensrs\opensrs_ops_decode() accepts values nested 64 levels deep and refuses 65 (the innermost container empty or not)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
function nested(int $levels, string $container, string $key, string $innermost): string
{
    return str_repeat("<$container><item key=\"$key\">", $levels - 1)
        . "<$container>$innermost</$container>"
        . str_repeat("</item></$container>", $levels - 1);
}
function depth(mixed $v): int
{
    return is_array($v) ? 1 + ($v ? max(array_map('depth', $v)) : 0) : 0;
}
foreach (['dt_assoc' => 'a', 'dt_array' => '0'] as $container => $key) {
    foreach (['', "<item key=\"$key\">leaf</item>"] as $innermost) {
        echo $container, $innermost === '' ? ', empty innermost' : ', innermost holds an item', "\n";
        var_dump(depth(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope(nested(64, $container, $key, $innermost)))));
        wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope(nested(65, $container, $key, $innermost))));
    }
}
?>
--EXPECT--
dt_assoc, empty innermost
int(64)
WhmcsOpensrs\ProtocolException: Invalid OPS message: values nested deeper than 64 levels
dt_assoc, innermost holds an item
int(64)
WhmcsOpensrs\ProtocolException: Invalid OPS message: values nested deeper than 64 levels
dt_array, empty innermost
int(64)
WhmcsOpensrs\ProtocolException: Invalid OPS message: values nested deeper than 64 levels
dt_array, innermost holds an item
int(64)
WhmcsOpensrs\ProtocolException: Invalid OPS message: values nested deeper than 64 levels
