--TEST--
WhmcsOpensrs\opensrs_ops_encode() refuses an array that holds a reference to itself, and leaves the arrays usable afterwards
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$self = ['name' => 'loop'];
$self['me'] = &$self;
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode($self));

$list = [1, 2];
$list[] = &$list;
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode($list));

/* A cycle two levels down. */
$a = ['x' => 1];
$b = ['a' => &$a];
$a['b'] = &$b;
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(['top' => $a]));

/* The same array twice, side by side, is not a cycle. */
$shared = array_fill(0, 3, 'v');
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode(['p' => $shared, 'q' => $shared, 'r' => [$shared]])) === ['p' => $shared, 'q' => $shared, 'r' => [$shared]]);

/* After a failure deep inside, no array stays marked as being visited. */
$inner = array_fill(0, 2, 'w');
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(['inner' => $inner, 'nested' => [$inner, ['bad' => new stdClass]]]));
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode(['inner' => $inner, 'again' => [$inner]])) === ['inner' => $inner, 'again' => [$inner]]);
?>
--EXPECT--
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain a recursive reference
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain a recursive reference
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain a recursive reference
bool(true)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found stdClass)
bool(true)
