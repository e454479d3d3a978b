--TEST--
Every ini setting of the contract exists with its default; bad values are refused
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$expected = [
    'whmcs.url' => '', 'whmcs.identifier' => '', 'whmcs.secret' => '', 'whmcs.username' => '',
    'whmcs.password' => '', 'whmcs.access_key' => '', 'whmcs.transport' => 'auto', 'whmcs.admin_user' => '',
    'whmcs.timeout' => '30', 'whmcs.connect_timeout' => '10', 'whmcs.verify_tls' => '1',
    'whmcs.ca_file' => '', 'whmcs.ca_path' => '', 'whmcs.max_response_size' => '16M',
    'opensrs.reseller_username' => '', 'opensrs.api_key' => '', 'opensrs.endpoint' => '', 'opensrs.registrar' => 'opensrs',
    'opensrs.timeout' => '30', 'opensrs.connect_timeout' => '10', 'opensrs.verify_tls' => '1',
    'opensrs.ca_file' => '', 'opensrs.ca_path' => '', 'opensrs.max_response_size' => '16M',
    'whmcs_opensrs.persistent' => '1', 'whmcs_opensrs.logger' => '',
    'whmcs_opensrs.breaker' => '1', 'whmcs_opensrs.breaker_failures' => '3', 'whmcs_opensrs.breaker_cooldown' => '30',
];
$all = ini_get_all('whmcs_opensrs');
foreach ($expected as $name => $default) {
    if (!array_key_exists($name, $all)) {
        echo "missing: $name\n";
    } elseif ((string) $all[$name]['global_value'] !== $default) {
        echo "$name: default ", var_export($all[$name]['global_value'], true), "\n";
    }
}
/* Secrets and TLS settings cannot be changed from a script. */
foreach (['whmcs.secret', 'whmcs.password', 'whmcs.access_key', 'opensrs.api_key', 'whmcs.verify_tls', 'opensrs.ca_file'] as $name) {
    echo $name, ' access ', $all[$name]['access'] === (INI_SYSTEM | INI_PERDIR) ? 'system|perdir' : $all[$name]['access'], "\n";
    var_dump(ini_set($name, 'x'));
}
/* The transport is one of three words. */
var_dump(ini_set('whmcs.transport', 'soap'), ini_set('whmcs.transport', 'http'), ini_get('whmcs.transport'));
/* Timeouts must be positive numbers of seconds; sizes positive. */
var_dump(ini_set('whmcs.timeout', '0'), ini_get('whmcs.timeout'));
var_dump(ini_set('opensrs.connect_timeout', '-1'), ini_set('opensrs.connect_timeout', '2.5'), ini_get('opensrs.connect_timeout'));
var_dump(ini_set('whmcs.max_response_size', '0'), ini_set('whmcs.max_response_size', '1M'), ini_get('whmcs.max_response_size'));
?>
--EXPECT--
whmcs.secret access system|perdir
bool(false)
whmcs.password access system|perdir
bool(false)
whmcs.access_key access system|perdir
bool(false)
opensrs.api_key access system|perdir
bool(false)
whmcs.verify_tls access system|perdir
bool(false)
opensrs.ca_file access system|perdir
bool(false)
bool(false)
string(4) "auto"
string(4) "http"
bool(false)
string(2) "30"
bool(false)
string(2) "10"
string(3) "2.5"
bool(false)
string(3) "16M"
string(2) "1M"
