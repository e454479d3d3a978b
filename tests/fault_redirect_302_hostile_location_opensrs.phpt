--TEST--
Fault (OpenSRS): HTTP 302 with a hostile Location: ProtocolException whose message quotes it as one short printable line
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
 * The Location of a redirect goes into the message, and messages go into
 * logs. This one holds bytes that are not UTF-8, a terminal escape, a tab
 * and 20,000 more bytes: they are written %XX, and the quote is cut at 200
 * bytes (it used to be copied whole and raw). Below, '%' is written \x25
 * inside %r: EXPECTF would read "%0" as a NUL byte.
 */
$server = wo_fault_start('redirect_hostile');
$options = wo_fault_opensrs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    WhmcsOpensrs\opensrs_request('get', 'balance', [], [], $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
echo 'length: ', strlen($e->getMessage()), "\n";
echo 'printable ASCII only: ', preg_match('/^[\x20-\x7E]*$/', $e->getMessage()) ? 'yes' : 'no', "\n";
wo_fault_next_call_works('opensrs');
?>
--EXPECTF--
class: WhmcsOpensrs\ProtocolException
message: HTTP 302 redirect to http://evil.example/%r\x25FF\x25FE\x2501\x251B\[31m\x2520x\x2509%rAAAA%s...: redirects are not followed, set the URL to the final address
status: 302
elapsed: within the timeout
secrets: none leaked
length: 284
printable ASCII only: yes
next call: is_success 1
