--TEST--
WhmcsOpensrs\opensrs_ops_encode() writes arrays nested 64 levels deep and refuses 65 with a ValueError naming $data
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
function nest(int $levels, bool $list): array
{
    $value = $list ? ['leaf'] : ['k' => 'leaf'];
    for ($i = 1; $i < $levels; $i++) {
        $value = $list ? [$value] : ['k' => $value];
    }
    return $value;
}
foreach ([false, true] as $list) {
    var_dump(substr_count(WhmcsOpensrs\opensrs_ops_encode(nest(64, $list)), '<item '));
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(nest(65, $list)));
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(nest(10000, $list)));
}
/* An empty array counts as a level. */
$value = [];
for ($i = 1; $i < 65; $i++) {
    $value = ['k' => $value];
}
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode($value));
?>
--EXPECT--
int(64)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not nest arrays deeper than 64 levels
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not nest arrays deeper than 64 levels
int(64)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not nest arrays deeper than 64 levels
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not nest arrays deeper than 64 levels
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not nest arrays deeper than 64 levels
