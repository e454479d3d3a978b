--TEST--
WhmcsOpensrs\opensrs_ops_encode() refuses objects (stdClass, closures, Stringable), resources, INF and NAN with a ValueError naming $data
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$stringable = new class { public function __toString(): string { return 'text'; } };
$fp = fopen('php://memory', 'r');
foreach ([
    'stdClass' => new stdClass,
    'closure' => fn() => 1,
    'Stringable' => $stringable,
    'enum-like' => new ArrayObject([1]),
    'resource' => $fp,
    'INF' => INF,
    '-INF' => -INF,
    'NAN' => NAN,
] as $name => $bad) {
    echo str_pad($name, 11);
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(['a' => 'fine', 'deep' => ['x' => [$bad]]]));
    echo str_pad('', 11);
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode($bad));
}
fclose($fp);
echo str_pad('closed res', 11);
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode([$fp]));
?>
--EXPECT--
stdClass   ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found stdClass)
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found stdClass)
closure    ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found Closure)
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found Closure)
Stringable ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found class@anonymous)
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found class@anonymous)
enum-like  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found ArrayObject)
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain objects (found ArrayObject)
resource   ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain a resource
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain a resource
INF        ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain INF or NAN
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain INF or NAN
-INF       ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain INF or NAN
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain INF or NAN
NAN        ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain INF or NAN
           ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain INF or NAN
closed res ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain a resource
