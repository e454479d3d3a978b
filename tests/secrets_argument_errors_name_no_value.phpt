--TEST--
Secrets: TypeError and ValueError about options name the option, never its value, and the trace hides the options
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * A secret put where it does not belong (in the wrong option, an unknown
 * option, beside a NUL byte), or a secret option of the wrong type: the
 * error is raised before anything is sent, and must not repeat the value.
 * Calls are at the top level so that the only frame is the extension's.
 */
$url = 'http://127.0.0.1:9/';
$bad = [
    'secret as an unknown option' => ['secrets' => WO_FAULT_WHMCS_SECRET],
    'secret as a timeout' => ['timeout' => WO_FAULT_WHMCS_SECRET],
    'secret with a NUL byte' => ['secret' => WO_FAULT_WHMCS_SECRET . "\0"],
    'secret of type array' => ['secret' => [WO_FAULT_WHMCS_SECRET]],
    'password as ca_path of type bool' => ['ca_path' => true, 'password' => WO_FAULT_WHMCS_PASSWORD],
];
foreach ($bad as $what => $more) {
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], $more + wo_fault_whmcs_options($url, 1.0));
        $e = null;
    } catch (Throwable $e) {
    }
    $leaks = wo_fault_leaks($e);
    echo "whmcs, $what: ", get_class($e), ': ', $e->getMessage(), "\n";
    echo '  secrets: ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'none leaked', "\n";
}

/* WHMCS credentials belong in $options, where they are hidden; $params
 * refuses them by name. */
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['secret' => WO_FAULT_WHMCS_SECRET], wo_fault_whmcs_options($url, 1.0));
    $e = null;
} catch (Throwable $e) {
}
$leaks = wo_fault_leaks($e);
echo 'whmcs, secret in $params: ', get_class($e), ': ', $e->getMessage(), "\n";
echo '  secrets: ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'none leaked', "\n";

$bad = [
    'key as an unknown option' => ['apikey' => WO_FAULT_OPENSRS_KEY],
    'key as registrant_ip' => ['registrant_ip' => WO_FAULT_OPENSRS_KEY],
    'key as endpoint' => ['endpoint' => WO_FAULT_OPENSRS_KEY],
    'key in an array' => ['api_key' => [WO_FAULT_OPENSRS_KEY]],
];
foreach ($bad as $what => $more) {
    try {
        opensrs_delete_subuser('example.com', 5, 'domainowner', $more + wo_fault_opensrs_options($url, 1.0));
        $e = null;
    } catch (Throwable $e) {
    }
    $leaks = wo_fault_leaks($e);
    echo "opensrs, $what: ", get_class($e), ': ', $e->getMessage(), "\n";
    echo '  secrets: ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'none leaked', "\n";
}
?>
--EXPECT--
whmcs, secret as an unknown option: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) contains unknown option "secrets"
  secrets: none leaked
whmcs, secret as a timeout: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "timeout" must be of type int|float, string given
  secrets: none leaked
whmcs, secret with a NUL byte: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "secret" must not contain NUL bytes
  secrets: none leaked
whmcs, secret of type array: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "secret" must be of type string, array given
  secrets: none leaked
whmcs, password as ca_path of type bool: TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "ca_path" must be of type string, bool given
  secrets: none leaked
whmcs, secret in $params: ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain the reserved key "secret" (credentials belong in $options)
  secrets: none leaked
opensrs, key as an unknown option: ValueError: opensrs_delete_subuser(): Argument #4 ($options) contains unknown option "apikey"
  secrets: none leaked
opensrs, key as registrant_ip: ValueError: opensrs_delete_subuser(): Argument #4 ($options) option "registrant_ip" must be an IPv4 or IPv6 address
  secrets: none leaked
opensrs, key as endpoint: ValueError: opensrs_delete_subuser(): Argument #4 ($options) option "endpoint" (or opensrs.endpoint) must be "test", "live" or an http(s) URL
  secrets: none leaked
opensrs, key in an array: TypeError: opensrs_delete_subuser(): Argument #4 ($options) option "api_key" must be of type string, array given
  secrets: none leaked
