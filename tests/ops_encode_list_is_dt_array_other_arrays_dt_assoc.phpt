--TEST--
WhmcsOpensrs\opensrs_ops_encode() writes a list as dt_array and any other array, the empty one included, as dt_assoc
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
function container(array $value): string
{
    preg_match('~<data_block>\n<(dt_\w+)>~', WhmcsOpensrs\opensrs_ops_encode($value), $m);
    return $m[1];
}
$list = ['a', 'b'];
$unset = ['a', 'b', 'c'];
unset($unset[1]);
$cases = [
    'list' => $list,
    'one item list' => ['only'],
    'list built by []=' => (function () { $l = []; $l[] = 1; $l[] = 2; return $l; })(),
    'empty' => [],
    'string keys' => ['a' => 1],
    'starts at 1' => [1 => 'a', 2 => 'b'],
    'keys out of order' => [1 => 'b', 0 => 'a'],
    'hole from unset' => $unset,
    'array_values of it' => array_values($unset),
];
foreach ($cases as $name => $value) {
    echo str_pad($name, 20), container($value), "\n";
}
/* The dt_array items carry their index in key. */
var_dump(str_contains(WhmcsOpensrs\opensrs_ops_encode(['a', 'b']), '<dt_array><item key="0">a</item><item key="1">b</item></dt_array>'));
?>
--EXPECT--
list                dt_array
one item list       dt_array
list built by []=   dt_array
empty               dt_assoc
string keys         dt_assoc
starts at 1         dt_assoc
keys out of order   dt_assoc
hole from unset     dt_assoc
array_values of it  dt_array
bool(true)
