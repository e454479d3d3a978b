--TEST--
Registrar credentials: with opensrs.reseller_username and opensrs.api_key in php.ini, WHMCS's registrar settings are not read
--EXTENSIONS--
whmcs_opensrs
--INI--
opensrs.reseller_username=wo_reseller_rick
opensrs.api_key=KEY-9f2c71e0-never-print-me-OpenSRS
--FILE--
<?php
require __DIR__ . '/opensrs.inc';

function getRegistrarConfigOptions(string $registrar): array
{
    $GLOBALS['asked'][] = $registrar;
    return ['Username' => 'not-this-one', 'PrivateKey' => 'not-this-key', 'TestMode' => ''];
}

$GLOBALS['asked'] = [];
$server = wo_opensrs_start();
$reply = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], ['endpoint' => $server['url']]);
echo 'is_success ', $reply['is_success'], ', X-Username ', wo_opensrs_last_request($server['state'])['x_username'],
    ', asked for ', json_encode($GLOBALS['asked']), "\n";
?>
--EXPECT--
is_success 1, X-Username wo_reseller_rick, asked for []
