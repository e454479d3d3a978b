--TEST--
Fault (WHMCS): invalid UTF-8 inside a JSON string: ProtocolException, message valid UTF-8
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
 * WHMCS itself fails on mis-encoded data ("Malformed UTF-8 characters"); a
 * proxy or a broken module could send such bytes on. They must not reach PHP
 * strings, nor the message, which goes to logs and pages.
 */
$server = wo_fault_start('bad_utf8_json');
$options = wo_fault_whmcs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
echo 'message is UTF-8: ', preg_match('//u', $e->getMessage()) === 1 ? 'yes' : 'no', "\n";
wo_fault_next_call_works('whmcs');
?>
--EXPECTF--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 200): "{"result":"success","users":[{"firstname":"J%s"}]}"
status: 200
elapsed: within the timeout
secrets: none leaked
message is UTF-8: yes
next call: result success
