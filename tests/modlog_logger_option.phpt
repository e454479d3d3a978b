--TEST--
Module log outside WHMCS: the "logger" option (a callable) or whmcs_opensrs.logger (a function name) gets one array per call, masked, with no secret at all; false turns logging off
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs_opensrs.logger=ini_logger
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/opensrs.inc';

function ini_logger(array $entry): void
{
    $GLOBALS['entries'][] = ['ini_logger', $entry];
}

final class Audit
{
    public static array $entries = [];

    public static function record(array $entry): void
    {
        self::$entries[] = $entry;
    }

    public function __invoke(array $entry): void
    {
        self::$entries[] = $entry;
    }
}

function no_secret_in(mixed $logged): string
{
    $text = serialize($logged);
    foreach (array_merge(wo_whmcs_secrets(), [WO_WHMCS_IDENTIFIER, WO_OPENSRS_KEY, 'pw-NEWUSER-90ab17']) as $i => $secret) {
        if (str_contains($text, $secret) || str_contains($text, urlencode($secret))) {
            return "secret #$i LOGGED";
        }
    }
    return 'no secret';
}

$GLOBALS['entries'] = [];
$whmcs = wo_whmcs_start(wo_whmcs_fixture());
$opensrs = wo_opensrs_start();

echo "-- the ini setting names a function\n";
$users = WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 2], $whmcs['options']);
[$by, $entry] = array_shift($GLOBALS['entries']);
echo "$by: ", implode(', ', array_keys($entry)), "\n";
var_dump($entry['module'], $entry['api'], $entry['action'], $entry['request'], $entry['processed'] === $users,
    json_decode($entry['response'], true) === $users, $entry['error']);
echo no_secret_in($entry), "\n";

echo "-- an OpenSRS call\n";
$reply = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], $opensrs['options']);
[$by, $entry] = array_shift($GLOBALS['entries']);
echo "$by: $entry[api] / $entry[action] / ", $entry['processed'] === $reply ? 'decoded reply' : 'other', "\n";
echo no_secret_in($entry), "\n";

echo "-- the option wins: closures, static methods, invokable objects\n";
$mine = [];
WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'New', 'lastname' => 'User', 'email' => 'new@example.net',
    'password2' => 'pw-NEWUSER-90ab17'], ['logger' => function (array $e) use (&$mine) { $mine[] = $e; }] + $whmcs['options']);
echo count($mine), ' to the closure, ', count($GLOBALS['entries']), " to ini_logger\n";
echo $mine[0]['request'], "\n", no_secret_in($mine), "\n";
WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => 'Audit::record'] + $whmcs['options']);
WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => [Audit::class, 'record']] + $whmcs['options']);
WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.net'], ['domain' => 'example.net', 'username' => 'domainowner'],
    ['logger' => new Audit()] + $opensrs['options']);
echo count(Audit::$entries), " to Audit\n";

echo "-- a failed call: error says what, processed holds the decoded answer\n";
try {
    delete_user_client(3, 1, $whmcs['options']);
} catch (WhmcsOpensrs\WhmcsException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
[, $entry] = array_shift($GLOBALS['entries']);
var_dump($entry['error'], $entry['processed']);

echo "-- false: no log, for this call only\n";
WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => false] + $whmcs['options']);
WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.net'], ['domain' => 'example.net', 'username' => 'domainowner'],
    ['logger' => false] + $opensrs['options']);
var_dump(count($GLOBALS['entries']));

echo "-- a logger that is not callable is refused before anything is sent\n";
foreach (['not_a_function', 42, true, ['Audit', 'nope']] as $bad) {
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => $bad] + $whmcs['options']);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}

echo "-- an ini setting naming a function that does not exist logs nowhere\n";
ini_set('whmcs_opensrs.logger', 'nobody_defined_this');
var_dump(WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 1], $whmcs['options'])['numreturned']);
var_dump(count($GLOBALS['entries']), count($mine), count(Audit::$entries));
?>
--EXPECT--
-- the ini setting names a function
ini_logger: module, api, action, url, request, response, processed, error
string(13) "whmcs_opensrs"
string(5) "whmcs"
string(8) "GetUsers"
string(44) "action=GetUsers&responsetype=json&limitnum=2"
bool(true)
bool(true)
NULL
no secret
-- an OpenSRS call
ini_logger: opensrs / get subuser / decoded reply
no secret
-- the option wins: closures, static methods, invokable objects
1 to the closure, 0 to ini_logger
action=AddUser&responsetype=json&firstname=New&lastname=User&email=new%40example.net&password2=********
no secret
3 to Audit
-- a failed call: error says what, processed holds the decoded answer
WhmcsOpensrs\WhmcsException: User is not associated with client
string(63) "WhmcsOpensrs\WhmcsException: User is not associated with client"
array(2) {
  ["result"]=>
  string(5) "error"
  ["message"]=>
  string(34) "User is not associated with client"
}
-- false: no log, for this call only
int(0)
-- a logger that is not callable is refused before anything is sent
WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "logger" must be a valid callback or false, string given
WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "logger" must be a valid callback or false, int given
WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "logger" must be a valid callback or false, bool given
WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "logger" must be a valid callback or false, array given
-- an ini setting naming a function that does not exist logs nowhere
int(1)
int(0)
int(1)
int(3)
