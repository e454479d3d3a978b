<?php
/*
 * Checks that stubs/whmcs_opensrs.php (the IDE stubs) declares exactly what
 * the loaded extension has: the same functions and classes, parameters
 * (names, types, defaults, #[\SensitiveParameter]), return types, parents,
 * methods and properties. Run: php scripts/check_ide_stubs.php
 * (it starts one PHP with the built extension and one with the stubs file).
 */
declare(strict_types=1);

function describe_function(ReflectionFunctionAbstract $f): array
{
    $params = [];
    foreach ($f->getParameters() as $p) {
        $params[] = [
            'name' => $p->getName(),
            'type' => (string) $p->getType(),
            'default' => $p->isDefaultValueAvailable() ? var_export($p->getDefaultValue(), true) : null,
            'sensitive' => $p->getAttributes(SensitiveParameter::class) !== [],
            'by_ref' => $p->isPassedByReference(),
            'variadic' => $p->isVariadic(),
        ];
    }
    return ['return' => (string) $f->getReturnType(), 'params' => $params];
}

function describe_class(ReflectionClass $c): array
{
    $methods = $properties = [];
    foreach ($c->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() === $c->getName()) {
            $methods[$m->getName()] = describe_function($m) + ['static' => $m->isStatic(), 'public' => $m->isPublic()];
        }
    }
    foreach ($c->getProperties() as $p) {
        if ($p->getDeclaringClass()->getName() === $c->getName()) {
            $properties[$p->getName()] = [(string) $p->getType(), $p->isProtected() ? 'protected' : ($p->isPrivate() ? 'private' : 'public'),
                $p->hasDefaultValue() ? var_export($p->getDefaultValue(), true) : null];
        }
    }
    ksort($methods);
    ksort($properties);
    return ['parent' => $c->getParentClass() ? $c->getParentClass()->getName() : null,
        'final' => $c->isFinal(), 'methods' => $methods, 'properties' => $properties];
}

if (($argv[1] ?? '') === '--describe') {
    if ($argv[2] === 'extension') {
        $ext = new ReflectionExtension('whmcs_opensrs');
        $functions = array_keys($ext->getFunctions());
        $classes = $ext->getClassNames();
    } else {
        $before = [get_defined_functions()['user'], get_declared_classes()];
        require $argv[3];
        $functions = array_values(array_diff(get_defined_functions()['user'], $before[0]));
        $classes = array_values(array_diff(get_declared_classes(), $before[1]));
    }
    $out = ['functions' => [], 'classes' => []];
    foreach ($functions as $name) {
        $out['functions'][strtolower($name)] = describe_function(new ReflectionFunction($name));
    }
    foreach ($classes as $name) {
        $out['classes'][$name] = describe_class(new ReflectionClass($name));
    }
    ksort($out['functions']);
    ksort($out['classes']);
    echo json_encode($out, JSON_PRETTY_PRINT), "\n";
    exit;
}

$root = dirname(__DIR__);
$so = $argv[1] ?? "$root/modules/whmcs_opensrs.so";
$run = fn (array $args) => shell_exec(implode(' ', array_map('escapeshellarg', $args)));
$fromExtension = $run([PHP_BINARY, '-n', '-d', "extension=$so", __FILE__, '--describe', 'extension']);
$fromStubs = $run([PHP_BINARY, '-n', __FILE__, '--describe', 'stubs', "$root/stubs/whmcs_opensrs.php"]);
if (!$fromExtension || !$fromStubs) {
    fwrite(STDERR, "check_ide_stubs: could not describe both sides\n");
    exit(1);
}
if ($fromExtension !== $fromStubs) {
    file_put_contents($a = tempnam(sys_get_temp_dir(), 'ext'), $fromExtension);
    file_put_contents($b = tempnam(sys_get_temp_dir(), 'stub'), $fromStubs);
    fwrite(STDERR, "stubs/whmcs_opensrs.php differs from the extension (- extension, + stubs):\n");
    passthru('diff -u ' . escapeshellarg($a) . ' ' . escapeshellarg($b));
    unlink($a);
    unlink($b);
    exit(1);
}
$n = json_decode($fromExtension, true);
printf("IDE stubs match the extension: %d functions, %d classes\n", count($n['functions']), count($n['classes']));
