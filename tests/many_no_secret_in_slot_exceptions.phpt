--TEST--
whmcs_api_many() and opensrs_request_many(): no credential in any slot's exception (message, trace, dump), whatever went wrong, even when the server echoes it; $calls and $options show as SensitiveParameterValue
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/many.inc';
$probe = stream_socket_server('tcp://127.0.0.1:0');
$closed = 'http://' . stream_socket_get_name($probe, false);
fclose($probe);

/* Every view an exception gives of itself. */
function leaks(Throwable $e, array $secrets): string
{
    ob_start();
    var_dump($e);
    print_r($e);
    var_export($e);
    echo $e, $e->getMessage(), $e->getTraceAsString(), json_encode($e->getTrace(), JSON_PARTIAL_OUTPUT_ON_ERROR);
    if ($e instanceof WhmcsOpensrs\OpensrsException || $e instanceof WhmcsOpensrs\WhmcsException) {
        echo json_encode($e->getResponse());
    }
    $everything = ob_get_clean();
    $found = array_keys(array_filter($secrets, fn ($s) => str_contains($everything, $s) || str_contains($everything, urlencode($s))));
    return $found ? 'LEAKS #' . implode(', #', $found) : 'clean';
}

$whmcs = wo_whmcs_start();
$secrets = wo_whmcs_secrets();
$wrong = ['secret' => 'wrong-SECRET-0d9e8c'] + $whmcs['options'];
$calls = ['users' => ['action' => 'GetUsers'], 'add' => ['action' => 'AddUser',
    'params' => ['firstname' => 'A', 'lastname' => 'B', 'email' => 'a@example.net', 'password2' => 'wrong-ADMINPW-44aa01']]];
foreach (['wrong secret' => $wrong, 'refused' => ['url' => $closed] + $whmcs['options']] as $label => $options) {
    foreach (WhmcsOpensrs\whmcs_api_many($calls, $options) as $key => $e) {
        echo "whmcs $label, $key: ", get_class($e), ' ', leaks($e, $secrets), "\n";
    }
}
wo_whmcs_update($whmcs, ['mode' => 'waf']);
foreach (WhmcsOpensrs\whmcs_api_many($calls, $whmcs['options'] + ['access_key' => WO_WHMCS_ACCESS_KEY]) as $key => $e) {
    echo "whmcs firewall page quoting the request, $key: ", get_class($e), ' ', leaks($e, $secrets), "\n";
}
$trace = $e->getTrace()[0];
echo $trace['function'], '(', implode(', ', array_map(fn ($a) => get_debug_type($a), $trace['args'])), ")\n";

$opensrs = wo_opensrs_start();
$wrongKey = 'WRONGKEY-5b1d-do-not-leak';
$secrets = [WO_OPENSRS_KEY, $wrongKey, 'SUBPASS-77aa-do-not-leak'];
$calls = wo_many_gets(1);
$calls['add'] = ['action' => 'add', 'object' => 'subuser', 'extra' => ['domain' => 'example.com', 'username' => 'domainowner'],
    'attributes' => ['domain' => 'example.com', 'sub_username' => 'x', 'sub_password' => 'SUBPASS-77aa-do-not-leak', 'sub_permission' => 2]];
foreach (['wrong key' => ['api_key' => $wrongKey] + $opensrs['options'],
          'refused' => ['endpoint' => $closed, 'api_key' => $wrongKey] + $opensrs['options']] as $label => $options) {
    foreach (WhmcsOpensrs\opensrs_request_many($calls, $options) as $key => $e) {
        echo "opensrs $label, $key: ", get_class($e), ' ', leaks($e, $secrets), "\n";
    }
}
wo_opensrs_state_set($opensrs['state'], ['mode' => 'html']);
foreach (WhmcsOpensrs\opensrs_request_many($calls, $opensrs['options']) as $key => $e) {
    echo "opensrs html page, $key: ", get_class($e), ' ', leaks($e, $secrets), "\n";
}
$trace = $e->getTrace()[0];
echo $trace['function'], '(', implode(', ', array_map(fn ($a) => get_debug_type($a), $trace['args'])), ")\n";
?>
--EXPECT--
whmcs wrong secret, users: WhmcsOpensrs\WhmcsAuthException clean
whmcs wrong secret, add: WhmcsOpensrs\WhmcsAuthException clean
whmcs refused, users: WhmcsOpensrs\TransportException clean
whmcs refused, add: WhmcsOpensrs\TransportException clean
whmcs firewall page quoting the request, users: WhmcsOpensrs\ProtocolException clean
whmcs firewall page quoting the request, add: WhmcsOpensrs\ProtocolException clean
WhmcsOpensrs\whmcs_api_many(SensitiveParameterValue, SensitiveParameterValue)
opensrs wrong key, get1: WhmcsOpensrs\OpensrsAuthException clean
opensrs wrong key, add: WhmcsOpensrs\OpensrsAuthException clean
opensrs refused, get1: WhmcsOpensrs\TransportException clean
opensrs refused, add: WhmcsOpensrs\TransportException clean
opensrs html page, get1: WhmcsOpensrs\ProtocolException clean
opensrs html page, add: WhmcsOpensrs\ProtocolException clean
WhmcsOpensrs\opensrs_request_many(SensitiveParameterValue, SensitiveParameterValue)
