--TEST--
Fault (OpenSRS): an XML attribute of 50 MB: TransportException at the size bound, ProtocolException above it
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
 * One attribute value of 50 MB. Under the default max_response_size
 * (16 MiB) the transfer stops at the bound; with the bound raised to 64 MiB
 * the whole answer arrives and the XML parser refuses the value (libxml2's
 * limit without XML_PARSE_HUGE is 10 MB). Neither holds the process for
 * long.
 */
foreach ([null, 64 << 20] as $bound) {
    echo '-- max_response_size ', $bound ?? 'default', "\n";
    $server = wo_fault_start('xml_huge_attribute');
    $options = wo_fault_opensrs_options($server['url'], 5.0, $bound ? ['max_response_size' => $bound] : []);
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
-- max_response_size default
class: WhmcsOpensrs\TransportException
message: the answer is larger than max_response_size (16777216 bytes); the request was possibly sent
status: 0
elapsed: within the timeout
secrets: none leaked
-- max_response_size 67108864
class: WhmcsOpensrs\ProtocolException
message: OpenSRS answered HTTP 200 with no OPS envelope: malformed XML at line %d: %s
status: 200
elapsed: within the timeout
secrets: none leaked
next call: is_success 1
