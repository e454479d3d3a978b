--TEST--
ini: ini_set() of an invalid value returns false, with no warning, and the value in force stays; the boolean words PHP knows are accepted
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
error_reporting(E_ALL);
$bad = [
    'whmcs.timeout' => ['0', '-1', '30s', '', 'INF'],
    'opensrs.connect_timeout' => ['abc', '1e999'],
    'whmcs.max_response_size' => ['0', 'abc', '16X', '-1M'],
    'whmcs.transport' => ['soap', ''],
    'opensrs.ip_resolve' => ['ipv4', '4', ''],
    'opensrs.endpoint' => ['staging', 'ftp://example.com/', 'horizon.opensrs.net'],
    'whmcs_opensrs.persistent' => ['2', 'maybe', 'enabled', ' on'],
];
foreach ($bad as $name => $values) {
    $before = ini_get($name);
    foreach ($values as $value) {
        if (ini_set($name, $value) !== false || ini_get($name) !== $before) {
            echo "$name: ", json_encode($value), " was taken\n";
        }
    }
    echo "$name: ", count($values), " refused, still ", json_encode(ini_get($name)), "\n";
}

/* What PHP's own boolean settings take, php.ini's bare words included. */
foreach (['0', '1', 'on', 'Off', 'YES', 'no', 'true', 'False', 'none', ''] as $word) {
    echo json_encode($word), ': ', ini_set('whmcs_opensrs.persistent', $word) === false ? 'refused' : 'accepted', "\n";
}
foreach (['live', 'TEST', 'https://127.0.0.1:1/'] as $endpoint) {
    echo $endpoint, ': ', ini_set('opensrs.endpoint', $endpoint) === false ? 'refused' : 'accepted', "\n";
}
var_dump(ini_set('whmcs.timeout', ' 2.5 '), ini_get('whmcs.timeout'));
?>
--EXPECT--
whmcs.timeout: 5 refused, still "30"
opensrs.connect_timeout: 2 refused, still "10"
whmcs.max_response_size: 4 refused, still "16M"
whmcs.transport: 2 refused, still "auto"
opensrs.ip_resolve: 3 refused, still "any"
opensrs.endpoint: 3 refused, still ""
whmcs_opensrs.persistent: 4 refused, still "1"
"0": accepted
"1": accepted
"on": accepted
"Off": accepted
"YES": accepted
"no": accepted
"true": accepted
"False": accepted
"none": accepted
"": accepted
live: accepted
TEST: accepted
https://127.0.0.1:1/: accepted
string(2) "30"
string(5) " 2.5 "
