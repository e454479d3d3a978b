--TEST--
Fault (WHMCS): JSON nested 10,000 deep: ProtocolException, no crash, json_last_error() untouched
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * A recursive decoder would run out of stack; ext/json's parser stops at its
 * depth limit (512), and the extension turns that into a ProtocolException.
 * The caller's json_last_error() is not the extension's to change.
 */
$server = wo_fault_start('deep_json');
$options = wo_fault_whmcs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
echo 'json_last_error: ', json_last_error_msg(), "\n";
wo_fault_next_call_works('whmcs');
?>
--EXPECTF--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 200): "{"result":"success","users":[[[[%s..."
status: 200
elapsed: within the timeout
secrets: none leaked
json_last_error: No error
next call: result success
