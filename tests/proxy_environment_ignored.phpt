--TEST--
http_proxy, https_proxy and all_proxy in the environment are ignored: calls go direct
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * A cron job's environment may name a proxy; the calls must not go there
 * (they carry credentials, in plain text to a loopback WHMCS). The proxy's
 * port is only known once it runs, so the variables are set with putenv(),
 * which is the environment libcurl reads.
 */
$listener = wo_proxy_start();
foreach (['http_proxy', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'] as $name) {
    putenv("$name={$listener['url']}");
}
putenv('no_proxy');
putenv('NO_PROXY');

$plain = wo_fault_start('ok');
$tls = wo_fault_start('ok', ['tls' => 'leaf']);
foreach (['whmcs_opensrs.persistent' => ['1', '0']] as $setting => $values) {
    foreach ($values as $value) {
        ini_set($setting, $value);
        $reply = WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($plain['url'], 5.0));
        echo "persistent=$value, WHMCS over http: ", $reply['result'], "\n";
        $reply = WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
            wo_fault_opensrs_options($tls['url'], 5.0, ['ca_file' => wo_certs()['ca']]));
        echo "persistent=$value, OpenSRS over https: is_success ", $reply['is_success'], "\n";
    }
}
echo 'requests the environment\'s proxy saw: ', count(wo_fault_requests($listener)), "\n";
echo 'requests the servers saw: ', count(wo_fault_requests($plain)) + count(wo_fault_requests($tls)), "\n";
?>
--EXPECT--
persistent=1, WHMCS over http: success
persistent=1, OpenSRS over https: is_success 1
persistent=0, WHMCS over http: success
persistent=0, OpenSRS over https: is_success 1
requests the environment's proxy saw: 0
requests the servers saw: 4
