--TEST--
whmcs_api_many() and opensrs_request_many(): each call of a batch is logged once, in the order of $calls, as its single form logs it; no secret in any entry
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/many.inc';
$entries = [];
$logger = function (array $entry) use (&$entries) {
    $entries[] = $entry;
};
$whmcs = wo_whmcs_start(wo_whmcs_fixture());
$answers = WhmcsOpensrs\whmcs_api_many([
    'users' => ['action' => 'GetUsers', 'params' => ['limitnum' => 1]],
    'missing' => ['action' => 'GetClientsDetails', 'params' => ['clientid' => 99, 'password2' => 'PW2-secret-9911']],
], ['logger' => $logger] + $whmcs['options']);
$opensrs = wo_opensrs_start_socket('keepalive', ['flight' => []]);
$calls = wo_many_gets(2);
$calls['get2']['attributes'] = ['domain' => 'no-such.com'];
$calls['get2']['extra']['domain'] = 'no-such.com';
WhmcsOpensrs\opensrs_request_many($calls, ['logger' => $logger] + $opensrs['options']);

$secrets = array_merge(wo_whmcs_secrets(), [WO_OPENSRS_KEY, 'PW2-secret-9911']);
foreach ($entries as $entry) {
    $json = json_encode($entry);
    $leaks = array_filter($secrets, fn ($s) => str_contains($json, $s));
    echo $entry['api'], ' ', $entry['action'], ': ', $entry['error'] ?? 'ok',
        ', request ', strlen($entry['request']) > 0 ? 'shown' : 'missing',
        ', response ', strlen($entry['response']) > 0 ? 'shown' : 'missing', $leaks ? ', LEAKS' : '', "\n";
}
echo $entries[1]['request'], "\n";

/* The single form logs the same entry. */
$single = [];
try {
    WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => 99, 'password2' => 'PW2-secret-9911'],
        ['logger' => function (array $e) use (&$single) { $single = $e; }] + $whmcs['options']);
} catch (WhmcsOpensrs\WhmcsException $e) {
}
var_dump($single == $entries[1]);

/* exit() in a logger ends the batch's logging, and the script. */
register_shutdown_function(function () use (&$entries) {
    echo "entries after exit: ", count($entries), "\n";
});
$entries = [];
WhmcsOpensrs\opensrs_request_many(wo_many_gets(3), ['logger' => function (array $entry) use (&$entries) {
    $entries[] = $entry;
    exit("exit in the logger\n");
}] + $opensrs['options']);
echo "not reached\n";
?>
--EXPECT--
whmcs GetUsers: ok, request shown, response shown
whmcs GetClientsDetails: WhmcsOpensrs\WhmcsException: Client Not Found, request shown, response shown
opensrs get subuser: ok, request shown, response shown
opensrs get subuser: WhmcsOpensrs\OpensrsException: Domain no-such.com not found., request shown, response shown
action=GetClientsDetails&responsetype=json&clientid=99&password2=********
bool(true)
exit in the logger
entries after exit: 1
