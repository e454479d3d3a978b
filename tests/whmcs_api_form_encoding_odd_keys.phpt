--TEST--
WhmcsOpensrs\whmcs_api(): empty, bracketed, NUL and other odd keys at every level are encoded as http_build_query() encodes them
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start();

/* The empty key once crashed the encoder (its name was never allocated). */
$cases = [
    ['' => 'x'],
    ['' => ''],
    ['' => ['' => 'x']],
    ['' => ['' => ['' => ['x', 'y']]]],
    ['a' => ['' => 'x'], '' => 7],
    ['' => null, 'b' => 1],
    ['' => [], 'b' => 1],
    ['' => true, ' ' => false, '.' => 1.5],
    ['[' => 'x', ']' => 'y', '[]' => 'z', '][' => ['[' => ['' => 'w']]],
    ["\0" => 'nul', "a\0b" => ["\0" => 'x']],
    ['%' => '%', '+' => '+', '&' => '&', '=' => '=', '%5B' => '%5D'],
    ["é" => ["中" => "😀"], "\xff" => "\xfe"],
    [-1 => 'm', PHP_INT_MAX => 'max', PHP_INT_MIN => ['min' => PHP_INT_MIN]],
];

/* And arrays built at random from odd keys and values, the same every run. */
mt_srand(20240610);
$keys = ['', ' ', '.', '[', ']', '[]', "\0", '%', '+', '&', '=', 'k', 'é', "\xff", '0', '07', -5, 3];
$scalars = ['', 'v', ' ', "\0", '&=+%', 'é', 0, -1, 1.25, true, false, null];
function random_params(array $keys, array $scalars, int $depth): array
{
    $out = [];
    for ($n = mt_rand(0, 4); $n > 0; $n--) {
        $key = $keys[mt_rand(0, count($keys) - 1)];
        $out[$key] = $depth < 4 && mt_rand(0, 2) === 0
            ? random_params($keys, $scalars, $depth + 1)
            : $scalars[mt_rand(0, count($scalars) - 1)];
    }
    return $out;
}
for ($i = 0; $i < 60; $i++) {
    $cases[] = random_params($keys, $scalars, 0);
}

$same = 0;
foreach ($cases as $i => $params) {
    WhmcsOpensrs\whmcs_api('GetUsers', $params, $server['options']);
    $body = wo_whmcs_last_request($server)['body'];
    $expected = http_build_query($params, '', '&');
    /* action, the credentials and responsetype first (max_input_vars),
     * then the params as http_build_query() writes them. */
    $prefix = 'action=GetUsers&identifier=' . urlencode($server['options']['identifier']) . '&secret='
        . urlencode($server['options']['secret']) . '&responsetype=json' . ($expected === '' ? '' : "&$expected");
    if ($body === $prefix) {
        $same++;
    } else {
        echo "case $i DIFFERENT:\n$body\n$prefix\n";
    }
}
echo $same, ' of ', count($cases), " cases: same bytes\n";

/* In-process calls go through the same checks: the empty key is no crash. */
function localAPI(string $command, array $postData): array
{
    return ['result' => 'success', 'got' => $postData];
}
var_dump(WhmcsOpensrs\whmcs_api('GetUsers', ['' => 'x'], ['transport' => 'local'])['got']);
?>
--EXPECT--
73 of 73 cases: same bytes
array(1) {
  [""]=>
  string(1) "x"
}
