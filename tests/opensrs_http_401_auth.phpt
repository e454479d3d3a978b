--TEST--
HTTP 401 from the OpenSRS endpoint, with or without an OPS reply: OpensrsAuthException
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$replies = [
    'plain text' => "Unauthorized\n",
    'OPS reply' => WhmcsOpensrs\opensrs_ops_encode(['protocol' => 'XCP', 'action' => 'REPLY', 'object' => 'REPLY',
        'is_success' => 0, 'response_code' => 400, 'response_text' => "Authentication\n  Error."]),
    'OPS without is_success' => WhmcsOpensrs\opensrs_ops_encode(['protocol' => 'XCP']),
];
foreach ($replies as $label => $body) {
    wo_opensrs_state_set($server['state'], ['mode' => 'canned', 'canned_status' => 401, 'canned_reply' => $body]);
    try {
        opensrs_delete_subuser('example.com', 1, 'domainowner', $server['options']);
        echo "$label: no exception\n";
    } catch (WhmcsOpensrs\Exception $e) {
        echo "$label: ", get_class($e), ' ', $e->getCode(), ' (HTTP ', $e->getHttpStatus(), '): ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
plain text: WhmcsOpensrs\OpensrsAuthException 0 (HTTP 401): OpenSRS refused the reseller credentials (HTTP 401)
OPS reply: WhmcsOpensrs\OpensrsAuthException 400 (HTTP 401): Authentication Error.
OPS without is_success: WhmcsOpensrs\OpensrsAuthException 0 (HTTP 401): OpenSRS refused the reseller credentials (HTTP 401)
