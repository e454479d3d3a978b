--TEST--
OPS round trip keeps values nested 10 deep, and up to the bound of 64 levels
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
function nest(int $levels, bool $lists): array
{
    $value = $lists ? ['leaf'] : ['k0' => 'leaf'];
    for ($i = 1; $i < $levels; $i++) {
        $value = $lists ? [$value, "at $i"] : ["k$i" => $value, "s$i" => "at $i"];
    }
    return $value;
}
foreach ([10, 64] as $levels) {
    foreach ([false, true] as $lists) {
        $value = nest($levels, $lists);
        $xml = WhmcsOpensrs\opensrs_ops_encode($value);
        var_dump(WhmcsOpensrs\opensrs_ops_decode($xml) === $value,
            substr_count($xml, $lists ? '<dt_array>' : '<dt_assoc>'));
    }
}
?>
--EXPECT--
bool(true)
int(10)
bool(true)
int(10)
bool(true)
int(64)
bool(true)
int(64)
