--TEST--
Fault (OpenSRS): a body over max_response_size, with and without Content-Length: TransportException
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
 * Answers of 2 MiB against a max_response_size of 1 MiB: once announced by
 * Content-Length (refused before the body is read), once chunked, so the
 * size is only found out while reading. Either way the transfer stops at
 * the bound instead of filling memory.
 */
foreach (['oversize', 'oversize_chunked'] as $mode) {
    echo "-- $mode\n";
    $server = wo_fault_start($mode, ['size' => 2 << 20]);
    $options = wo_fault_opensrs_options($server['url'], 1.0, ['max_response_size' => 1 << 20]);
    $start = hrtime(true);
    try {
        opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
        $e = null;
    } catch (Throwable $e) {
    }
    wo_fault_report($e, $start, $options['timeout']);
}
wo_fault_next_call_works('opensrs');
?>
--EXPECTF--
-- oversize
class: WhmcsOpensrs\TransportException
message: the answer is larger than max_response_size (1048576 bytes); the request was possibly sent
status: 0
elapsed: within the timeout
secrets: none leaked
-- oversize_chunked
class: WhmcsOpensrs\TransportException
message: the answer is larger than max_response_size (1048576 bytes); the request was possibly sent
status: 0
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
