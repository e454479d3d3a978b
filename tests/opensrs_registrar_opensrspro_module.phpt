--TEST--
Registrar credentials: opensrs.registrar=opensrspro reads OpenSRS's module, whose TestMode picks the TestUsername/TestAPIKey or the ProdUsername/ProdAPIKey pair
--EXTENSIONS--
whmcs_opensrs
--INI--
opensrs.registrar=opensrspro
--FILE--
<?php
require __DIR__ . '/opensrs.inc';

function getRegistrarConfigOptions(string $registrar): array
{
    $GLOBALS['asked'][] = $registrar;
    return $GLOBALS['settings'][$registrar] ?? [];
}

/* Two servers stand for the two environments, each knowing its own pair. */
$test = wo_opensrs_start(['reseller' => 'pro_test_user', 'key' => 'KEY-pro-TEST-61f0']);
$live = wo_opensrs_start(['reseller' => 'pro_live_user', 'key' => 'KEY-pro-LIVE-93d2']);
$pro = ['TestUsername' => 'pro_test_user', 'TestAPIKey' => 'KEY-pro-TEST-61f0',
        'ProdUsername' => 'pro_live_user', 'ProdAPIKey' => 'KEY-pro-LIVE-93d2'];

foreach (['on', '', 'off', null] as $testMode) {
    $GLOBALS['settings'] = ['opensrspro' => $pro + ($testMode === null ? [] : ['TestMode' => $testMode]),
        'opensrs' => ['Username' => 'not-this-one', 'PrivateKey' => 'not-this-key']];
    $GLOBALS['asked'] = [];
    echo 'TestMode ', $testMode === null ? 'missing' : json_encode($testMode), ': ';
    foreach (['test' => $test, 'live' => $live] as $name => $server) {
        try {
            WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
                ['domain' => 'example.com', 'username' => 'domainowner'], ['endpoint' => $server['url']]);
            echo "$name server accepts; ";
        } catch (WhmcsOpensrs\OpensrsAuthException $e) {
            echo "$name server refuses; ";
        }
    }
    echo 'asked for ', json_encode($GLOBALS['asked']), "\n";
}

/* The option names the module over the ini setting. */
$GLOBALS['settings']['opensrs'] = ['Username' => 'pro_live_user', 'PrivateKey' => 'KEY-pro-LIVE-93d2', 'TestMode' => 'on'];
$GLOBALS['asked'] = [];
$reply = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], ['endpoint' => $live['url'], 'registrar' => 'opensrs']);
echo 'registrar option "opensrs": is_success ', $reply['is_success'], ', asked for ', json_encode($GLOBALS['asked']), "\n";
?>
--EXPECT--
TestMode "on": test server accepts; live server refuses; asked for ["opensrspro","opensrspro"]
TestMode "": test server refuses; live server accepts; asked for ["opensrspro","opensrspro"]
TestMode "off": test server refuses; live server accepts; asked for ["opensrspro","opensrspro"]
TestMode missing: test server refuses; live server accepts; asked for ["opensrspro","opensrspro"]
registrar option "opensrs": is_success 1, asked for ["opensrs"]
