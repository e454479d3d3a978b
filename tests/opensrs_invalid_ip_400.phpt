--TEST--
OpenSRS's 400 "Access denied: invalid IP address" (with a status line) is an OpensrsAuthException; other 400s are not
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start(['state' => ['mode' => 'deny_ip']]);
try {
    opensrs_delete_subuser('example.com', 1, 'domainowner', $server['options']);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), ' ', $e->getCode(), ' (HTTP ', $e->getHttpStatus(), '): ', $e->getMessage(), "\n";
}

/* A 400 about something else is a plain OpensrsException. */
$canned = '<?xml version="1.0"?><OPS_envelope><header><version>0.9</version></header><body><data_block>'
    . '<dt_assoc><item key="is_success">0</item><item key="response_code">400</item>'
    . '<item key="response_text">Invalid Command: foo.</item></dt_assoc></data_block></body></OPS_envelope>';
wo_opensrs_state_set($server['state'], ['mode' => 'canned', 'canned_reply' => $canned]);
try {
    WhmcsOpensrs\opensrs_request('foo', 'domain', [], [], $server['options']);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
WhmcsOpensrs\OpensrsAuthException 400 (HTTP 200): Access denied: invalid IP address (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
WhmcsOpensrs\OpensrsException 400: Invalid Command: foo.
