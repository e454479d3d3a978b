--TEST--
Fault (OpenSRS): an answer without a status line: OpensrsAuthException about the IP allow list
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
 * OpenSRS answers an address it has not whitelisted with bare XML: no status
 * line, no headers (docs/opensrs.md, Errors). The fix is the allow list, and the message
 * says so.
 */
$server = wo_fault_start('no_status');
$options = wo_fault_opensrs_options($server['url'], 1.0);
$start = hrtime(true);
try {
    opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
    $e = null;
} catch (Throwable $e) {
}
wo_fault_report($e, $start, $options['timeout']);
wo_fault_next_call_works('opensrs');
?>
--EXPECTF--
class: WhmcsOpensrs\OpensrsAuthException
message: OpenSRS answered without an HTTP status line, which is how it turns away an IP address it has not whitelisted: %s
status: 0
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
