--TEST--
Registrar credentials: the key read from WHMCS's registrar settings is masked in the module log like a configured one (a logger never sees it; logModuleCall() gets it in replaceVars only), even when the server echoes it
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';

const PRO_TEST_KEY = 'KEY-pro-TEST-echoed-8e21';
const PRO_LIVE_KEY = 'KEY-pro-LIVE-unused-5a90';

function getRegistrarConfigOptions(string $registrar): array
{
    return $registrar === 'opensrs'
        ? ['Username' => WO_OPENSRS_RESELLER, 'PrivateKey' => WO_OPENSRS_KEY, 'TestMode' => 'on']
        : ['TestUsername' => 'pro_test_user', 'TestAPIKey' => PRO_TEST_KEY, 'ProdUsername' => 'pro_live_user',
           'ProdAPIKey' => PRO_LIVE_KEY, 'TestMode' => 'on'];
}

function logModuleCall($module, $action, $requestString, $responseData, $processedData, $replaceVars)
{
    $GLOBALS['module_log'][] = func_get_args();
}

/* A server that echoes the key back, as a careless proxy or error page might. */
function echo_key(array $server, string $key): void
{
    wo_opensrs_state_set($server['state'], ['mode' => 'canned', 'canned_reply' => WhmcsOpensrs\opensrs_ops_encode([
        'protocol' => 'XCP', 'action' => 'REPLY', 'object' => 'SUBUSER', 'is_success' => '1',
        'response_code' => '200', 'response_text' => "Query Successful for $key",
        'attributes' => ['note' => "signed with $key"]])]);
}

function shown(mixed $logged, string $key): string
{
    return str_contains(serialize($logged), $key) ? 'SHOWN' : 'masked';
}

$owner = ['domain' => 'example.com', 'username' => 'domainowner'];
$GLOBALS['module_log'] = [];

$server = wo_opensrs_start();
echo_key($server, WO_OPENSRS_KEY);
$reply = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner, ['endpoint' => $server['url']]);
echo 'the reply itself: ', $reply['attributes']['note'] === 'signed with ' . WO_OPENSRS_KEY ? 'as sent' : 'changed', "\n";
[$module, $action, $request, $response, $processed, $replace] = array_shift($GLOBALS['module_log']);
echo 'logModuleCall: ', shown([$module, $action, $request, $response, $processed], WO_OPENSRS_KEY),
    ', in replaceVars: ', var_export(in_array(WO_OPENSRS_KEY, $replace, true), true), "\n";
echo $processed['attributes']['note'], "\n";

$pro = wo_opensrs_start(['reseller' => 'pro_test_user', 'key' => PRO_TEST_KEY]);
echo_key($pro, PRO_TEST_KEY);
$entries = [];
WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner, ['endpoint' => $pro['url'],
    'registrar' => 'opensrspro', 'logger' => function (array $entry) use (&$entries) { $entries[] = $entry; }]);
echo 'logger, opensrspro: ', shown($entries, PRO_TEST_KEY), "\n";
echo $entries[0]['response'] === str_replace(PRO_TEST_KEY, '********', wo_opensrs_state($pro['state'])['canned_reply'])
    ? 'response: the reply with the key masked' : 'response: other', "\n";
?>
--EXPECT--
the reply itself: as sent
logModuleCall: masked, in replaceVars: true
signed with ********
logger, opensrspro: masked
response: the reply with the key masked
