--TEST--
Fault (OpenSRS): XML with external entities or an external DTD: ProtocolException, nothing fetched
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
 * XXE, two ways. An internal subset declaring external entities (a local
 * file, and a URL on the fault server itself); and, with no internal
 * subset, an external DTD on the fault server that would declare the entity
 * the body uses. Both are refused, and the server's log shows that nothing
 * was fetched: the only request it saw is each call's POST.
 */
foreach (['xml_external_entity', 'xml_external_dtd'] as $mode) {
    echo "-- $mode\n";
    $server = wo_fault_start($mode);
    $options = wo_fault_opensrs_options($server['url'], 1.0);
    $start = hrtime(true);
    try {
        opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
        $e = null;
    } catch (Throwable $e) {
    }
    wo_fault_report($e, $start, $options['timeout']);
    echo 'requests: ', implode(', ', wo_fault_requests($server)), "\n";
}
wo_fault_next_call_works('opensrs');
?>
--EXPECTF--
-- xml_external_entity
class: WhmcsOpensrs\ProtocolException
message: OpenSRS answered HTTP 200 with no OPS envelope: a DOCTYPE internal subset is not allowed
status: 200
elapsed: within the timeout
secrets: none leaked
requests: POST /
-- xml_external_dtd
class: WhmcsOpensrs\ProtocolException
message: OpenSRS answered HTTP 200 with no OPS envelope: entity &xxe; is not allowed (only the five predefined ones)
status: 200
elapsed: within the timeout
secrets: none leaked
requests: POST /
next call: is_success 1
