--TEST--
Secrets as numbers: a server that echoes with JSON_NUMERIC_CHECK turns a card number, a CVV with a leading zero, a 19-digit card number beyond PHP_INT_MAX and a numeric access key into an int or a float, as values and as keys; getResponse(), the logger's processed field (OpenSRS's integer keys too) and localAPI()'s answers hold none of them, in any type
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/sensitive.inc';

$secrets = ['card number' => '4111111111111111', 'CVV' => '0947', 'long card number' => '9400000000000000006',
            'access key' => '93817264'];

/* Names of the secrets that data holds as a number, value or key: the
 * digits a print of it may not show (4.0E+18), the number they are. */
function numbers_of(mixed $data, array $secrets): array
{
    $found = [];
    $check = static function (mixed $n) use ($secrets, &$found) {
        foreach ($secrets as $name => $secret) {
            if ((is_int($n) || is_float($n)) && (float) $n === (float) $secret) {
                $found[$name] = true;
            }
        }
    };
    if (is_array($data)) {
        foreach ($data as $key => $value) {
            $check($key);
            $found += array_fill_keys(numbers_of($value, $secrets), true);
        }
    } else {
        $check($data);
    }
    return array_keys($found);
}

function report(?Throwable $e, array $entries, array $secrets): void
{
    foreach (['getResponse()' => $e?->getResponse(), 'processed' => $entries[0]['processed']] as $where => $data) {
        $numbers = numbers_of($data, $secrets);
        echo "  $where: ", $numbers ? 'LEAKED as numbers: ' . implode(', ', $numbers) : 'no secret as a number', "\n";
    }
    wo_sensitive_report($e, $entries, $secrets);
}

$base = wo_echo_params_start();
echo "-- over HTTP, JSON_NUMERIC_CHECK\n";
$entries = [];
$e = null;
try {
    WhmcsOpensrs\whmcs_api('AddPayMethod', ['clientid' => 1, 'card_number' => $secrets['card number'],
        'cvv' => $secrets['CVV'], 'old_card' => ['card_number' => $secrets['long card number']]],
        ['url' => "$base/whmcs/numeric", 'identifier' => 'id', 'secret' => 'secret-1',
         'access_key' => $secrets['access key'],
         'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
} catch (WhmcsOpensrs\WhmcsException $e) {
}
echo '  values: ', json_encode($e->getResponse()['values']), "\n";
echo '  keyed: ', json_encode(array_keys($e->getResponse()['keyed'])), "\n";
echo '  key_used: ', json_encode($e->getResponse()['key_used']), "\n";
report($e, $entries, $secrets);

echo "-- OpenSRS: values as keys, which the decoder files as integers\n";
$entries = [];
try {
    WhmcsOpensrs\opensrs_request('sw_register', 'domain', ['payment' => ['card_number' => $secrets['card number'],
        'cvv' => $secrets['CVV']]], [], ['endpoint' => "$base/opensrs/keyed", 'reseller_username' => 'r',
        'api_key' => 'key-0123456789', 'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo '  keyed: ', json_encode(array_keys($e->getResponse()['attributes']['keyed'])), "\n";
    report($e, $entries, $secrets);
}

echo "-- in-process: localAPI() answers numbers, keys, objects\n";
function localAPI(string $command, array $postData): array
{
    return ['result' => 'error', 'message' => 'Declined', 'card' => (int) $postData['card_number'],
            'as_float' => (float) $postData['card_number'], 'cvv' => (int) $postData['cvv'],
            (int) $postData['card_number'] => 'seen', 'tries' => 3, 'fee' => 1.5, 'ok' => false,
            'card_object' => new ArrayObject(['card_number' => $postData['card_number']])];
}
$entries = [];
try {
    WhmcsOpensrs\whmcs_api('AddPayMethod', ['card_number' => $secrets['card number'], 'cvv' => $secrets['CVV']],
        ['transport' => 'local', 'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
} catch (WhmcsOpensrs\WhmcsException $e) {
    var_export($e->getResponse());
    echo "\n";
    report($e, $entries, $secrets);
}
?>
--EXPECT--
-- over HTTP, JSON_NUMERIC_CHECK
  values: [1,"********","********","********"]
  keyed: [1,"********","******** (2)","******** (3)"]
  key_used: "********"
  getResponse(): no secret as a number
  processed: no secret as a number
  nothing leaked
-- OpenSRS: values as keys, which the decoder files as integers
  keyed: ["XCP","sw_register","domain","********","******** (2)"]
  getResponse(): no secret as a number
  processed: no secret as a number
  nothing leaked
-- in-process: localAPI() answers numbers, keys, objects
array (
  'result' => 'error',
  'message' => 'Declined',
  'card' => '********',
  'as_float' => '********',
  'cvv' => '********',
  '********' => 'seen',
  'tries' => 3,
  'fee' => 1.5,
  'ok' => false,
  'card_object' => '[object ArrayObject]',
)
  getResponse(): no secret as a number
  processed: no secret as a number
  nothing leaked
