--TEST--
Fault (WHMCS): HTTP 500 with an HTML page quoting the request: ProtocolException, excerpt withheld
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
 * A proxy or a PHP fatal error answers 500 with an HTML page; this one
 * quotes the request body, credentials included, as debug pages do. The
 * message may quote the page, but not when it repeats a credential.
 */
$server = wo_fault_start('html_500');
$options = wo_fault_whmcs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    delete_user_client(7, 3, $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
wo_fault_next_call_works('whmcs');
?>
--EXPECTF--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
status: 500
elapsed: within the timeout
secrets: none leaked
next call: result success
