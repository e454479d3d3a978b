--TEST--
Secrets (OpenSRS): passwords, authcodes, cookies and payment data in attributes and extra items, at any depth and in any case, reach neither logModuleCall(), the logger, the exception message nor getResponse() when the server echoes them
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/sensitive.inc';

$url = wo_echo_params_start() . '/opensrs';
$secrets = [
    'password' => 'Reg pw 7&x',
    'authcode' => 'Auth<code>42',
    'new authcode' => 'Dom-auth-9f8e',
    'subuser password' => 'Sub pw 31',
    'cookie' => '1234567890:3210384',
    'card number' => '4111111111111111',
    'CVV' => '947',
];
$options = ['endpoint' => $url, 'reseller_username' => 'echo-reseller', 'api_key' => 'echo-key-0123456789'];
$commands = [
    'transfer' => ['sw_register', 'domain', ['domain' => 'example.com', 'reg_type' => 'transfer',
        'reg_username' => 'owner1', 'reg_password' => $secrets['password'], 'auth_info' => $secrets['authcode'],
        'contact_set' => ['owner' => ['first_name' => 'Ann', 'PAYMENT' => ['Card-Number' => $secrets['card number'],
        'cvv' => $secrets['CVV']]]]], []],
    'change password' => ['change', 'password', ['reg_password' => $secrets['password']],
        ['cookie' => $secrets['cookie']]],
    'add subuser' => ['add', 'subuser', ['sub_username' => 'helper', 'sub_password' => $secrets['subuser password'],
        'sub_permission' => 2], ['username' => 'owner1']],
    'modify domain_auth_info' => ['modify', 'domain', ['data' => 'domain_auth_info',
        'domain_auth_info' => $secrets['new authcode']], ['domain' => 'example.com', 'cookie' => $secrets['cookie']]],
];

foreach ($commands as $name => [$action, $object, $attributes, $extra]) {
    $entries = [];
    $e = null;
    try {
        WhmcsOpensrs\opensrs_request($action, $object, $attributes, $extra, $options
            + ['logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
    } catch (WhmcsOpensrs\OpensrsException $e) {
    }
    echo $name, ': ', $e ? $e->getMessage() : 'no exception', "\n";
    wo_sensitive_report($e, $entries, $secrets);
}

echo "-- logModuleCall()\n";
$logged = [];
function logModuleCall(...$args): void
{
    $GLOBALS['logged'][] = array_slice($args, 0, 5);
}
[$action, $object, $attributes, $extra] = $commands['transfer'];
$e = null;
try {
    WhmcsOpensrs\opensrs_request($action, $object, $attributes, $extra, $options);
} catch (WhmcsOpensrs\OpensrsException $e) {
}
preg_match_all('~<item key="(reg_password|auth_info|Card-Number|cvv)">([^<]*)</item>~', $logged[0][2], $m, PREG_SET_ORDER);
foreach ($m as [, $key, $value]) {
    echo "  $key: $value\n";
}
wo_sensitive_report($e, $logged, $secrets);
?>
--EXPECT--
transfer: Declined: XCP sw_register domain example.com transfer owner1 ******** ******** Ann ******** ********
  nothing leaked
change password: Declined: XCP change password ******** ********
  nothing leaked
add subuser: Declined: XCP add subuser owner1 helper ******** 2
  nothing leaked
modify domain_auth_info: Declined: XCP modify domain example.com ******** domain_auth_info ********
  nothing leaked
-- logModuleCall()
  reg_password: ********
  auth_info: ********
  Card-Number: ********
  cvv: ********
  nothing leaked
