--TEST--
Request headers: one User-Agent on every request, direct, through a proxy (absolute-form) and in a proxy's CONNECT; WHMCS bodies go as application/x-www-form-urlencoded; a large body goes at once, without "Expect: 100-continue"
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/fault.inc';

$agent = 'whmcs_opensrs/' . phpversion('whmcs_opensrs');
$whmcs = wo_whmcs_start(wo_whmcs_fixture());

WhmcsOpensrs\whmcs_api('GetUsers', [], $whmcs['options']);
$request = wo_whmcs_last_request($whmcs);
echo 'WHMCS: User-Agent ', $request['user_agent'] === $agent ? 'ours' : json_encode($request['user_agent']),
    ', Content-Type ', $request['content_type'], ', Accept ', $request['accept'],
    ', Expect ', json_encode($request['expect']), "\n";

/* Past the size from which libcurl would ask for a 100-continue first. */
$notes = str_repeat('n', 1100000);
WhmcsOpensrs\whmcs_api('GetUsers', ['notes' => $notes], $whmcs['options']);
$request = wo_whmcs_last_request($whmcs);
echo 'WHMCS, 1.1 MB body: ', strlen($request['body']) > 1100000 ? 'arrived' : 'cut', ', Expect ',
    json_encode($request['expect']), ', Content-Type ', $request['content_type'], "\n";

$plain = wo_fault_start('ok');
$tls = wo_fault_start('ok', ['tls' => 'leaf']);
$proxy = wo_proxy_start(null, ['agents' => true]);
WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($plain['url'], 5.0, ['proxy' => $proxy['url']]));
WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
    wo_fault_opensrs_options($tls['url'], 5.0, ['proxy' => $proxy['url'], 'ca_file' => wo_certs()['ca']]));
echo str_replace([(string) $plain['port'], (string) $tls['port'], $agent], ['PLAIN', 'TLS', 'OURS'],
    implode("\n", wo_fault_requests($proxy))), "\n";
?>
--EXPECTF--
WHMCS: User-Agent ours, Content-Type application/x-www-form-urlencoded, Accept application/json, Expect ""
WHMCS, 1.1 MB body: arrived, Expect "", Content-Type application/x-www-form-urlencoded
POST http://127.0.0.1:PLAIN/%s auth=none agents=OURS
CONNECT 127.0.0.1:TLS auth=none agents=OURS
