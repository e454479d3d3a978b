--TEST--
Secrets (WHMCS): card numbers, CVVs, bank accounts, passwords, security answers and EPP codes under WHMCS's own parameter names (AddPayMethod's card_number and bank_account included) reach neither logModuleCall(), the logger, the exception message nor getResponse() when the server echoes them
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/sensitive.inc';

$url = wo_echo_params_start() . '/whmcs';
$secrets = [
    'card number' => '4111111111111111',
    'card expiry' => '0129',
    'CVV' => '947',
    'bank account' => '00012345678',
    'password' => 'Client pw 9!x',
    'security answer' => 'Rosebud sled',
    'EPP code' => 'EPP-a1b2/c3d4',
];
$calls = [
    'AddPayMethod' => ['clientid' => 1, 'type' => 'CreditCard', 'card_number' => $secrets['card number'],
                      'card_expiry' => $secrets['card expiry']],
    'UpdatePayMethod' => ['clientid' => 1, 'paymethodid' => 2, 'type' => 'BankAccount', 'bank_name' => 'Example Bank',
                         'bank_account_type' => 'Checking', 'bank_account' => $secrets['bank account']],
    'CapturePayment' => ['invoiceid' => 3, 'cvv' => $secrets['CVV']],
    'AddClient' => ['firstname' => 'Ann', 'password2' => $secrets['password'], 'securityqid' => 1,
                   'securityqans' => $secrets['security answer'], 'cardnum' => $secrets['card number'],
                   'expdate' => $secrets['card expiry'], 'cvv' => $secrets['CVV']],
    'AddOrder' => ['clientid' => 1, 'paymentmethod' => 'mailin', 'domain' => ['example.com'],
                  'domaintype' => ['transfer'], 'eppcode' => [$secrets['EPP code']]],
    /* Names as PHP's $_POST files them: "Card Number" arrives as
     * Card_Number, and WHMCS reads parameters case-insensitively. */
    'UpdateClient' => ['clientid' => 1, 'Card Number' => $secrets['card number'], 'CCCVV' => $secrets['CVV']],
];

echo "-- the logger option\n";
foreach ($calls as $action => $params) {
    $entries = [];
    $e = null;
    try {
        WhmcsOpensrs\whmcs_api($action, $params, ['url' => $url, 'identifier' => 'echo-id', 'secret' => 'echo-secret-1',
            'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
    } catch (WhmcsOpensrs\WhmcsException $e) {
    }
    echo $action, ': ', $e ? $e->getMessage() : 'no exception', "\n";
    echo '  ', $entries[0]['request'], "\n";
    wo_sensitive_report($e, $entries, $secrets);
}

echo "-- logModuleCall()\n";
$logged = [];
function logModuleCall(...$args): void
{
    $GLOBALS['logged'][] = $args;
}
foreach (['AddPayMethod', 'CapturePayment', 'AddClient'] as $action) {
    $logged = [];
    $e = null;
    try {
        WhmcsOpensrs\whmcs_api($action, $calls[$action], ['url' => $url, 'identifier' => 'echo-id',
            'secret' => 'echo-secret-1']);
    } catch (WhmcsOpensrs\WhmcsException $e) {
    }
    /* The first five arguments are stored; the sixth lists what WHMCS masks
     * in them once more. */
    $stored = array_map(static fn (array $args) => array_slice($args, 0, 5), $logged);
    $replace = $logged[0][5];
    echo $action, ': replaceVars holds the card number: ',
        in_array($secrets['card number'], $replace, true) ? 'yes' : 'no', "\n";
    wo_sensitive_report($e, $stored, $secrets);
}
?>
--EXPECT--
-- the logger option
AddPayMethod: Declined: 1 CreditCard ******** ********
  action=AddPayMethod&responsetype=json&clientid=1&type=CreditCard&card_number=********&card_expiry=********
  nothing leaked
UpdatePayMethod: Declined: 1 2 BankAccount Example Bank Checking ********
  action=UpdatePayMethod&responsetype=json&clientid=1&paymethodid=2&type=BankAccount&bank_name=Example+Bank&bank_account_type=Checking&bank_account=********
  nothing leaked
CapturePayment: Declined: 3 ********
  action=CapturePayment&responsetype=json&invoiceid=3&cvv=********
  nothing leaked
AddClient: Declined: Ann ******** 1 ******** ******** ******** ********
  action=AddClient&responsetype=json&firstname=Ann&password2=********&securityqid=1&securityqans=********&cardnum=********&expdate=********&cvv=********
  nothing leaked
AddOrder: Declined: 1 mailin example.com transfer ********
  action=AddOrder&responsetype=json&clientid=1&paymentmethod=mailin&domain%5B0%5D=example.com&domaintype%5B0%5D=transfer&eppcode%5B0%5D=********
  nothing leaked
UpdateClient: Declined: 1 ******** ********
  action=UpdateClient&responsetype=json&clientid=1&Card+Number=********&CCCVV=********
  nothing leaked
-- logModuleCall()
AddPayMethod: replaceVars holds the card number: yes
  nothing leaked
CapturePayment: replaceVars holds the card number: no
  nothing leaked
AddClient: replaceVars holds the card number: yes
  nothing leaked
