--TEST--
Registrar credentials: settings that cannot supply both (getRegistrarConfigOptions() throws or returns no array, a field is missing or empty, a username with CR/LF) are a ValueError that says which, never with a value; a bad registrar name is refused
--EXTENSIONS--
whmcs_opensrs
--INI--
opensrs.endpoint=http://127.0.0.1:1/
--FILE--
<?php
const KEY = 'KEY-registrar-never-shown-4b2e';

function getRegistrarConfigOptions(string $registrar): mixed
{
    return ($GLOBALS['answer'])($registrar);
}

function attempt(string $what, Closure $answer, array $options = []): void
{
    $GLOBALS['answer'] = $answer;
    try {
        opensrs_delete_subuser('example.com', 5, 'domainowner', $options);
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
        $previous = $e->getPrevious();
        if ($previous) {
            echo '  previous: ', get_class($previous), ': ', $previous->getMessage(), "\n";
        }
        $text = (string) $e . print_r($e, true);
        echo '  key: ', str_contains($text, KEY) ? 'SHOWN' : 'not shown', "\n";
    }
}

attempt('throws', static fn () => throw new RuntimeException('Registrar module not found'));
attempt('returns null', static fn () => null);
attempt('returns a string', static fn () => 'Username=x');
attempt('no settings', static fn () => []);
attempt('no Username', static fn () => ['PrivateKey' => KEY, 'TestMode' => 'on']);
attempt('empty PrivateKey', static fn () => ['Username' => 'reseller', 'PrivateKey' => '']);
attempt('PrivateKey an array', static fn () => ['Username' => 'reseller', 'PrivateKey' => [KEY]]);
attempt('Username with CR LF', static fn () => ['Username' => "reseller\r\nX-Injected: 1", 'PrivateKey' => KEY]);
attempt('opensrspro, TestMode on, no TestAPIKey',
    static fn () => ['TestUsername' => 't', 'ProdUsername' => 'p', 'ProdAPIKey' => KEY, 'TestMode' => 'on'],
    ['registrar' => 'opensrspro']);
attempt('opensrspro, TestMode off, no ProdUsername',
    static fn () => ['TestUsername' => 't', 'TestAPIKey' => KEY, 'ProdAPIKey' => KEY, 'TestMode' => ''],
    ['registrar' => 'opensrspro']);
attempt('registrar "enom"', static fn () => [], ['registrar' => 'enom']);
attempt('registrar true', static fn () => [], ['registrar' => true]);
var_dump(ini_set('opensrs.registrar', 'opensrs_pro'), ini_get('opensrs.registrar'));

/* exit() in WHMCS's function ends the script, as anywhere. */
$GLOBALS['answer'] = static function () {
    exit("exit() inside getRegistrarConfigOptions()\n");
};
opensrs_delete_subuser('example.com', 5, 'domainowner');
echo "not reached\n";
?>
--EXPECT--
throws: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): getRegistrarConfigOptions('opensrs') threw RuntimeException
  previous: RuntimeException: Registrar module not found
  key: not shown
returns null: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): getRegistrarConfigOptions('opensrs') returned null, not an array
  key: not shown
returns a string: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): getRegistrarConfigOptions('opensrs') returned string, not an array
  key: not shown
no settings: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): WHMCS's "opensrs" registrar settings have no Username
  key: not shown
no Username: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): WHMCS's "opensrs" registrar settings have no Username
  key: not shown
empty PrivateKey: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): WHMCS's "opensrs" registrar settings have no PrivateKey
  key: not shown
PrivateKey an array: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): WHMCS's "opensrs" registrar settings have no PrivateKey
  key: not shown
Username with CR LF: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): WHMCS's "opensrs" registrar setting Username contains CR, LF or NUL
  key: not shown
opensrspro, TestMode on, no TestAPIKey: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): WHMCS's "opensrspro" registrar settings have no TestAPIKey (TestMode is on)
  key: not shown
opensrspro, TestMode off, no ProdUsername: ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" and "api_key" (or set opensrs.reseller_username and opensrs.api_key): WHMCS's "opensrspro" registrar settings have no ProdUsername (TestMode is off)
  key: not shown
registrar "enom": ValueError: opensrs_delete_subuser(): Argument #4 ($options) option "registrar" must be "opensrs" or "opensrspro"
  key: not shown
registrar true: TypeError: opensrs_delete_subuser(): Argument #4 ($options) option "registrar" must be of type string, bool given
  key: not shown
bool(false)
string(7) "opensrs"
exit() inside getRegistrarConfigOptions()
