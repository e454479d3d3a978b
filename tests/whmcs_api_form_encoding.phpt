--TEST--
WhmcsOpensrs\whmcs_api(): params are form-encoded byte for byte as http_build_query() writes them
--EXTENSIONS--
whmcs_opensrs
--INI--
arg_separator.output=&amp;
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start();

$deep = 'bottom';
for ($i = 0; $i < 63; $i++) {
    $deep = ['d' => $deep];
}
$all_bytes = implode('', array_map('chr', range(0, 255)));
$cases = [
    'flat' => ['clientid' => 7, 'stats' => true, 'search' => 'Uma User'],
    'scalars' => ['t' => true, 'f' => false, 'n' => null, 'i' => -42, 'big' => PHP_INT_MAX, 'z' => 0,
                  'pi' => 3.14159, 'tiny' => 1e-10, 'huge' => 1.5e300, 'whole' => 2.0, 'neg0' => -0.0,
                  'inf' => INF, 'nan' => NAN, 'empty' => ''],
    'escaping' => ['a b+c&d=e' => "~*'!()[]{}<>\"#%/?:;@,\$|\\^`", 'unicode' => "é中文😀", 'bytes' => $all_bytes],
    'nested' => ['customfields' => [1 => 'x', 'key with space' => ['deep' => ['deeper' => 'v']]],
                 'list' => ['a', 'b', ['c', 'd']], 'empty' => [], 'nulls' => [null, 'kept'],
                 'mixed' => [5 => 'five', -3 => 'minus three', '07' => 'string key']],
    'integer keys at the top' => [0 => 'zero', 10 => 'ten', 'x' => 'y'],
    '64 levels' => ['deep' => $deep],
];

/* PHP 8.5 warns when a NAN is made a string, http_build_query() included:
 * the same warnings, or none, from both. */
$warnings = [];
set_error_handler(function (int $type, string $message) use (&$warnings) {
    $warnings[] = $message;
    return true;
});
foreach ($cases as $name => $params) {
    $warnings = [];
    WhmcsOpensrs\whmcs_api('GetUsers', $params, $server['options']);
    [$ours, $warnings] = [$warnings, []];
    $body = wo_whmcs_last_request($server)['body'];
    $expected = http_build_query($params, '', '&');
    /* action, the credentials and responsetype first (max_input_vars),
     * then the params as http_build_query() writes them. */
    $prefix = 'action=GetUsers&identifier=' . urlencode($server['options']['identifier']) . '&secret='
        . urlencode($server['options']['secret']) . '&responsetype=json' . ($expected === '' ? '' : "&$expected");
    echo str_pad($name, 24), $body === $prefix ? 'same bytes' : "DIFFERENT:\n$body\n$prefix",
        $ours === $warnings ? '' : ', other warnings: ' . json_encode([$ours, $warnings]), "\n";
}
restore_error_handler();

/* And what WHMCS's PHP makes of it: the caller's array (null left out). */
WhmcsOpensrs\whmcs_api('GetUsers', $cases['nested'], $server['options']);
parse_str(wo_whmcs_last_request($server)['body'], $post);
unset($post['action'], $post['identifier'], $post['secret'], $post['responsetype']);
var_dump($post == ['customfields' => [1 => 'x', 'key with space' => ['deep' => ['deeper' => 'v']]],
                   'list' => ['a', 'b', ['c', 'd']], 'nulls' => [1 => 'kept'],
                   'mixed' => [5 => 'five', -3 => 'minus three', '07' => 'string key']]);
?>
--EXPECT--
flat                    same bytes
scalars                 same bytes
escaping                same bytes
nested                  same bytes
integer keys at the top same bytes
64 levels               same bytes
bool(true)
