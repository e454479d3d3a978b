--TEST--
Secrets: names in the "sensitive" option and in whmcs_opensrs.sensitive (commas between names, compared without case and punctuation, at any depth) have their values masked exactly as the built-in ones, for both APIs; the option adds to the ini setting; bad lists are refused without quoting a value
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
whmcs_opensrs.sensitive=" Card PIN , national-id,,"
--FILE--
<?php
require __DIR__ . '/sensitive.inc';

$base = wo_echo_params_start();
$secrets = ['PIN' => '8642', 'national id' => 'ID-55-66-77', 'tax reference' => 'TX/2024/991',
            'loyalty code' => 'LOYAL-x9', 'fiscal code' => 'RSSMRA80A01H501U'];

function whmcs_call(string $url, array $params, array $options, array $secrets): void
{
    $entries = [];
    $e = null;
    try {
        WhmcsOpensrs\whmcs_api('AddClient', $params, $options + ['url' => $url, 'identifier' => 'id',
            'secret' => 'secret-1', 'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
    } catch (WhmcsOpensrs\WhmcsException $e) {
    }
    echo '  ', $entries[0]['request'], "\n";
    echo '  ', $e->getMessage(), "\n";
    wo_sensitive_report($e, $entries, $secrets);
}

$params = ['firstname' => 'Ann', 'card_pin' => $secrets['PIN'], 'NationalID' => $secrets['national id'],
           'extra' => ['Card.Pin' => $secrets['PIN']], 'tax_ref' => $secrets['tax reference'],
           'loyalty' => ['code' => $secrets['loyalty code']]];
echo "-- the ini setting alone: tax_ref and loyalty[code] are not named\n";
whmcs_call("$base/whmcs", $params, [], array_slice($secrets, 0, 2));
echo "-- the option (a string) adds to it\n";
whmcs_call("$base/whmcs", $params, ['sensitive' => 'tax_ref, loyalty'], $secrets);
echo "-- the option as an array\n";
whmcs_call("$base/whmcs", $params, ['sensitive' => ['TaxRef', 'Loyalty']], $secrets);

echo "-- OpenSRS: a name nested in the contact set\n";
$entries = [];
try {
    WhmcsOpensrs\opensrs_request('sw_register', 'domain', ['domain' => 'example.it', 'contact_set' => ['owner' => [
        'first_name' => 'Ann', 'reg_code' => $secrets['fiscal code']]]], [],
        ['endpoint' => "$base/opensrs", 'reseller_username' => 'r', 'api_key' => 'key-0123456789',
         'sensitive' => 'reg_code', 'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo '  ', $e->getMessage(), "\n";
    wo_sensitive_report($e, $entries, $secrets);
}

echo "-- ini_set() takes effect\n";
var_dump(ini_set('whmcs_opensrs.sensitive', 'tax_ref'));
whmcs_call("$base/whmcs", ['tax_ref' => $secrets['tax reference'], 'card_pin' => 'not-secret-now'], [], $secrets);

echo "-- refused lists\n";
foreach ([['1234'], ['pin, 42'], [['pin', 7]], [true], [['x' => ['y']]]] as [$list]) {
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => 'http://127.0.0.1:9/', 'identifier' => 'i', 'secret' => 's',
            'sensitive' => $list]);
    } catch (TypeError | ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(ini_set('whmcs_opensrs.sensitive', 'pin, 4711'), ini_get('whmcs_opensrs.sensitive'));
?>
--EXPECT--
-- the ini setting alone: tax_ref and loyalty[code] are not named
  action=AddClient&responsetype=json&firstname=Ann&card_pin=********&NationalID=********&extra%5BCard.Pin%5D=********&tax_ref=TX%2F2024%2F991&loyalty%5Bcode%5D=LOYAL-x9
  Declined: Ann ******** ******** ******** TX/2024/991 LOYAL-x9
  nothing leaked
-- the option (a string) adds to it
  action=AddClient&responsetype=json&firstname=Ann&card_pin=********&NationalID=********&extra%5BCard.Pin%5D=********&tax_ref=********&loyalty%5Bcode%5D=********
  Declined: Ann ******** ******** ******** ******** ********
  nothing leaked
-- the option as an array
  action=AddClient&responsetype=json&firstname=Ann&card_pin=********&NationalID=********&extra%5BCard.Pin%5D=********&tax_ref=********&loyalty%5Bcode%5D=********
  Declined: Ann ******** ******** ******** ******** ********
  nothing leaked
-- OpenSRS: a name nested in the contact set
  Declined: XCP sw_register domain example.it Ann ********
  nothing leaked
-- ini_set() takes effect
string(25) " Card PIN , national-id,,"
  action=AddClient&responsetype=json&tax_ref=********&card_pin=not-secret-now
  Declined: ******** not-secret-now
  nothing leaked
-- refused lists
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "sensitive" must list parameter names separated by commas, each with a letter
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "sensitive" must list parameter names separated by commas, each with a letter
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "sensitive" must be a string or an array of strings, int found in the array
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "sensitive" must be of type string, bool given
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "sensitive" must be a string or an array of strings, array found in the array
bool(false)
string(7) "tax_ref"
