--TEST--
Secrets in answers: what a server answers under a sensitive name (DecryptPassword's password, CreateSsoToken's token, GetClientsProducts' service passwords, an EPP code, OpenSRS's domain_auth_info) is masked in the module log and the exception, wherever else it shows; the caller still gets it
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/sensitive.inc';

$base = wo_echo_params_start();
/* A URL of the echo server that answers body, whatever is asked. */
function answer(string $base, string $type, string $body): string
{
    return "$base/answer/$type/" . rtrim(strtr(base64_encode($body), '+/', '-_'), '=');
}

$secrets = ['decrypted' => 'Decrypted pw 5&x', 'token' => 'tok3n-abcdef123456', 'service' => 'Svc pw 1/2',
            'EPP code' => 'EPP-777x', 'authcode' => 'Auth-XY-31'];
$whmcs = [
    'DecryptPassword' => ['result' => 'success', 'password' => $secrets['decrypted']],
    'CreateSsoToken' => ['result' => 'success', 'access_token' => $secrets['token'],
        'redirect_url' => 'https://whmcs.example/oauth/singlesignon.php?access_token=' . $secrets['token']],
    'GetClientsProducts' => ['result' => 'success', 'products' => ['product' => [
        ['id' => 1, 'username' => 'svc1', 'password' => $secrets['service']]]]],
    'DomainGetEPPCode' => ['result' => 'error', 'message' => "Registrar said: code {$secrets['EPP code']} expired",
        'eppcode' => $secrets['EPP code']],
];
foreach ($whmcs as $action => $body) {
    $url = answer($base, 'json', json_encode($body));
    $entries = [];
    $e = null;
    $value = null;
    try {
        $value = WhmcsOpensrs\whmcs_api($action, [], ['url' => $url, 'identifier' => 'id', 'secret' => 'secret-1',
            'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
    } catch (WhmcsOpensrs\WhmcsException $e) {
    }
    echo $action, ': ', $e ? $e->getMessage() : 'the caller gets ' . json_encode($value, JSON_UNESCAPED_SLASHES), "\n";
    echo '  logged: ', json_encode($entries[0]['processed'], JSON_UNESCAPED_SLASHES), "\n";
    wo_sensitive_report($e, $entries, $secrets);
}

$xml = "<?xml version='1.0' encoding='UTF-8' standalone='no' ?><!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>"
    . '<OPS_envelope><header><version>0.9</version></header><body><data_block><dt_assoc>'
    . '<item key="protocol">XCP</item><item key="action">REPLY</item><item key="is_success">1</item>'
    . '<item key="response_code">200</item><item key="response_text">Query Successful</item>'
    . '<item key="attributes"><dt_assoc><item key="domain_auth_info">' . $secrets['authcode'] . '</item>'
    . '</dt_assoc></item></dt_assoc></data_block></body></OPS_envelope>';
$url = answer($base, 'xml', $xml);
$entries = [];
$value = WhmcsOpensrs\opensrs_request('get', 'domain', ['type' => 'domain_auth_info'], ['domain' => 'example.com'],
    ['endpoint' => $url, 'reseller_username' => 'r', 'api_key' => 'key-0123456789',
     'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
echo 'get domain_auth_info: the caller gets ', $value['attributes']['domain_auth_info'], "\n";
echo '  logged: ', json_encode($entries[0]['processed']['attributes']), "\n";
wo_sensitive_report(null, $entries, $secrets);
?>
--EXPECT--
DecryptPassword: the caller gets {"result":"success","password":"Decrypted pw 5&x"}
  logged: {"result":"success","password":"********"}
  nothing leaked
CreateSsoToken: the caller gets {"result":"success","access_token":"tok3n-abcdef123456","redirect_url":"https://whmcs.example/oauth/singlesignon.php?access_token=tok3n-abcdef123456"}
  logged: {"result":"success","access_token":"********","redirect_url":"https://whmcs.example/oauth/singlesignon.php?access_token=********"}
  nothing leaked
GetClientsProducts: the caller gets {"result":"success","products":{"product":[{"id":1,"username":"svc1","password":"Svc pw 1/2"}]}}
  logged: {"result":"success","products":{"product":[{"id":1,"username":"svc1","password":"********"}]}}
  nothing leaked
DomainGetEPPCode: Registrar said: code ******** expired
  logged: {"result":"error","message":"Registrar said: code ******** expired","eppcode":"********"}
  nothing leaked
get domain_auth_info: the caller gets Auth-XY-31
  logged: {"domain_auth_info":"********"}
  nothing leaked
