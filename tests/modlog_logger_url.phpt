--TEST--
Module log: a logger's entry names the URL the call went to, without any user:password@; an in-process call has none
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/opensrs.inc';

$entries = [];
$logger = function (array $entry) use (&$entries) {
    $entries[] = $entry;
};
$whmcs = wo_whmcs_start(wo_whmcs_fixture());
$opensrs = wo_opensrs_start();
$port = parse_url($whmcs['url'], PHP_URL_PORT);

WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => $logger] + $whmcs['options']);
/* Userinfo in the URL goes to the server as Basic auth; it is a secret. */
WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => $logger, 'url' => "http://ops:PW-in-url-5e1c@127.0.0.1:$port/"]
    + $whmcs['options']);
WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], ['logger' => $logger] + $opensrs['options']);
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => $logger, 'url' => 'http://127.0.0.1:1/'] + $whmcs['options']);
} catch (WhmcsOpensrs\TransportException $e) {
}

function localAPI(string $command, array $postData, string $adminUser = ''): array
{
    return ['result' => 'success'];
}
WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => $logger]);

foreach ($entries as $entry) {
    echo $entry['api'], ' ', $entry['action'], ': ', str_replace((string) $port, 'PORT',
        str_replace((string) parse_url($opensrs['url'], PHP_URL_PORT), 'PORT', var_export($entry['url'], true))),
        $entry['error'] ? ' (' . $entry['error'] . ')' : '', "\n";
}
echo str_contains(serialize($entries), 'PW-in-url-5e1c') ? "userinfo LOGGED\n" : "userinfo not logged\n";
?>
--EXPECTF--
whmcs GetUsers: 'http://127.0.0.1:PORT/includes/api.php'
whmcs GetUsers: 'http://127.0.0.1:PORT/includes/api.php'
opensrs get subuser: 'http://127.0.0.1:PORT/'
whmcs GetUsers: 'http://127.0.0.1:1/includes/api.php' (WhmcsOpensrs\TransportException: could not connect: %s)
whmcs GetUsers: NULL
userinfo not logged
