--TEST--
Secrets: with no module log, a call's secrets (credentials, sensitive parameters, attributes and extra items, names of the "sensitive" option) are still all masked in what a failure throws, single and many calls alike
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/sensitive.inc';

/* The list is gathered only when something reads it: here nothing is
 * logged, so only the failure does. The answers quote every secret by
 * value alone, never under its name: only the list gathered from the
 * call's options and data can mask them. */
$base = wo_echo_params_start();
$secrets = ['secret' => 'echo-secret-value', 'api_key' => 'echo-key-0123456789', 'password2' => 'Client pw 7&x',
            'colour' => 'Ultramarine-42', 'sub_password' => 'Sub pw 31', 'cookie' => '1234567890:3210384',
            'motto' => 'Carpe diem 99'];
$quoted = 'Declined: ' . implode(' | ', $secrets);
$b64 = static fn (string $body) => rtrim(strtr(base64_encode($body), '+/', '-_'), '=');
$whmcs_answer = $b64(json_encode(['result' => 'error', 'message' => $quoted, 'said' => [$quoted]]));
$opensrs_answer = $b64('<?xml version="1.0" encoding="UTF-8" standalone="no" ?><OPS_envelope><header><version>0.9'
    . '</version></header><body><data_block><dt_assoc><item key="protocol">XCP</item><item key="action">REPLY'
    . '</item><item key="is_success">0</item><item key="response_code">465</item><item key="response_text">'
    . htmlspecialchars($quoted, ENT_XML1) . '</item><item key="attributes"><dt_array><item key="0">'
    . htmlspecialchars($quoted, ENT_XML1) . '</item></dt_array></item></dt_assoc></data_block></body></OPS_envelope>');
$whmcs = ['url' => "$base/answer/json/$whmcs_answer/x/api.php", 'identifier' => 'echo-identifier',
          'secret' => $secrets['secret'], 'sensitive' => 'favourite_colour', 'logger' => false];
$opensrs = ['endpoint' => "$base/answer/xml/$opensrs_answer", 'reseller_username' => 'echo-reseller',
            'api_key' => $secrets['api_key'], 'sensitive' => ['motto'], 'logger' => false];

function report(string $name, ?Throwable $e, array $secrets): void
{
    echo $name, ': ', $e ? get_class($e) : 'no exception', "\n";
    wo_sensitive_report($e, [], $secrets);
}

$e = null;
try {
    WhmcsOpensrs\whmcs_api('UpdateClient', ['clientid' => 5, 'password2' => $secrets['password2'],
        'favourite_colour' => $secrets['colour']], $whmcs);
} catch (WhmcsOpensrs\Exception $e) {
}
report('whmcs_api', $e, array_diff_key($secrets, array_flip(['api_key', 'sub_password', 'cookie', 'motto'])));

$results = WhmcsOpensrs\whmcs_api_many([
    ['action' => 'UpdateClient', 'params' => ['clientid' => 5, 'password2' => $secrets['password2']]],
    ['action' => 'UpdateClient', 'params' => ['clientid' => 6, 'favourite_colour' => $secrets['colour']]],
], $whmcs);
report('whmcs_api_many #0', $results[0] instanceof Throwable ? $results[0] : null,
    ['secret' => $secrets['secret'], 'password2' => $secrets['password2']]);
report('whmcs_api_many #1', $results[1] instanceof Throwable ? $results[1] : null,
    ['secret' => $secrets['secret'], 'colour' => $secrets['colour']]);

$e = null;
try {
    WhmcsOpensrs\opensrs_request('add', 'subuser', ['sub_username' => 'helper', 'sub_password' => $secrets['sub_password'],
        'motto' => $secrets['motto']], ['cookie' => $secrets['cookie']], $opensrs);
} catch (WhmcsOpensrs\Exception $e) {
}
report('opensrs_request', $e, array_diff_key($secrets, array_flip(['secret', 'password2', 'colour'])));

$results = WhmcsOpensrs\opensrs_request_many([
    ['action' => 'add', 'object' => 'subuser', 'attributes' => ['sub_password' => $secrets['sub_password']]],
    ['action' => 'modify', 'object' => 'domain', 'attributes' => ['motto' => $secrets['motto']],
     'extra' => ['cookie' => $secrets['cookie']]],
], $opensrs);
report('opensrs_request_many #0', $results[0] instanceof Throwable ? $results[0] : null,
    ['api_key' => $secrets['api_key'], 'sub_password' => $secrets['sub_password']]);
report('opensrs_request_many #1', $results[1] instanceof Throwable ? $results[1] : null,
    ['api_key' => $secrets['api_key'], 'motto' => $secrets['motto'], 'cookie' => $secrets['cookie']]);
?>
--EXPECT--
whmcs_api: WhmcsOpensrs\WhmcsException
  nothing leaked
whmcs_api_many #0: WhmcsOpensrs\WhmcsException
  nothing leaked
whmcs_api_many #1: WhmcsOpensrs\WhmcsException
  nothing leaked
opensrs_request: WhmcsOpensrs\OpensrsException
  nothing leaked
opensrs_request_many #0: WhmcsOpensrs\OpensrsException
  nothing leaked
opensrs_request_many #1: WhmcsOpensrs\OpensrsException
  nothing leaked
