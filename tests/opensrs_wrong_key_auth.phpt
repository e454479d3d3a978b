--TEST--
A wrong API key or reseller username: OpensrsAuthException (OpenSRS code 401), and nothing is deleted
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$id = wo_opensrs_add_subuser($server, 'example.com');

$wrong = [
    'wrong key' => ['api_key' => 'KEY-wrong-but-plausible'] + $server['options'],
    'key with a trailing newline' => ['api_key' => WO_OPENSRS_KEY . "\n"] + $server['options'],
    'wrong reseller' => ['reseller_username' => 'wo_reseller_morty'] + $server['options'],
];
foreach ($wrong as $label => $options) {
    try {
        opensrs_delete_subuser('example.com', $id, 'domainowner', $options);
        echo "$label: no exception\n";
    } catch (WhmcsOpensrs\OpensrsException $e) {
        echo "$label: ", get_class($e), ' ', $e->getCode(), ' ', $e->getMessage(), ' (HTTP ', $e->getHttpStatus(), ")\n";
        var_dump(wo_opensrs_last_request($server['state'])['signature_valid']);
    }
}
var_dump(wo_opensrs_state($server['state'])['domains']['example.com']['subuser']['id'] === $id);

/* The same call with the right credentials goes through. */
echo opensrs_delete_subuser('example.com', $id, 'domainowner', $server['options'])['response_code'], "\n";
?>
--EXPECT--
wrong key: WhmcsOpensrs\OpensrsAuthException 401 Authentication Failed (HTTP 200)
bool(false)
key with a trailing newline: WhmcsOpensrs\OpensrsAuthException 401 Authentication Failed (HTTP 200)
bool(false)
wrong reseller: WhmcsOpensrs\OpensrsAuthException 401 Authentication Failed (HTTP 200)
bool(false)
bool(true)
200
