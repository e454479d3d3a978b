--TEST--
max_input_vars: action, the credentials and responsetype go first in the body, so a server that keeps fewer variables than we were told still authenticates the call; a call with more form variables than max_input_vars (option or whmcs.max_input_vars, default 1000; counted as PHP counts them) is a ValueError before anything is sent, in many-call functions too; in-process calls have no limit
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

/* A WHMCS whose PHP keeps 20 variables (and, as in production, does not
 * print its warning into the answer). */
$server = wo_whmcs_start([], ['ini' => ['max_input_vars=20', 'display_errors=0']]);
$options = $server['options'];
$many = [];
for ($i = 0; $i < 30; $i++) {
    $many["field$i"] = "value-$i";
}
function names(string $body, int $n): string
{
    return implode(',', array_map(static fn ($pair) => strtok($pair, '='), array_slice(explode('&', $body), 0, $n)));
}
function attempt(callable $call, array $server): void
{
    file_put_contents($server['record'], '');
    try {
        $answer = $call();
        echo '  sent: ', $answer['result'] ?? json_encode(array_map(static fn ($a) => $a['result'], $answer)), "\n";
    } catch (Throwable $e) {
        echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
        echo '  ', wo_whmcs_last_request($server) === null ? 'nothing sent' : 'SENT', "\n";
    }
}

echo "-- we were told 1000, the server keeps 20 (and one more): the credentials are among them\n";
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', $many, $options), $server);
echo '  body begins: ', names(wo_whmcs_last_request($server)['body'], 5), "\n";

echo "-- the option says 20: 34 variables are refused, 20 go, 21 do not\n";
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', $many, $options + ['max_input_vars' => 20]), $server);
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', array_slice($many, 0, 16), $options + ['max_input_vars' => '20']),
    $server);
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', array_slice($many, 0, 17), $options + ['max_input_vars' => 20]),
    $server);
echo "-- counted as PHP counts: one per pair however deep, none for null and empty arrays; the access key counts\n";
$nested = ['n' => ['a' => 1, 'b' => [1, 2]], 'z' => null, 'e' => []];
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', $nested, $options + ['max_input_vars' => 7]), $server);
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', $nested, $options + ['max_input_vars' => 7,
    'access_key' => WO_WHMCS_ACCESS_KEY]), $server);

echo "-- whmcs.max_input_vars; the option wins\n";
ini_set('whmcs.max_input_vars', '20');
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', $many, $options), $server);
attempt(static fn () => WhmcsOpensrs\whmcs_api('GetUsers', array_slice($many, 0, 10), $options + ['max_input_vars' => 1000]),
    $server);

echo "-- many calls: an entry too large is refused before anything is sent\n";
attempt(static fn () => WhmcsOpensrs\whmcs_api_many(['small' => ['action' => 'GetUsers'],
    'big' => ['action' => 'GetUsers', 'params' => $many]], $options), $server);
attempt(static fn () => WhmcsOpensrs\whmcs_api_many(['small' => ['action' => 'GetUsers'],
    'fits' => ['action' => 'GetUsers', 'params' => array_slice($many, 0, 16)]], $options), $server);
echo "-- delete_user_client(): a limit too low even for it is the options' fault\n";
attempt(static fn () => delete_user_client(1, 2, $options + ['max_input_vars' => 5]), $server);
ini_restore('whmcs.max_input_vars');

echo "-- in-process: localAPI() gets an array, whatever its size\n";
function localAPI(string $command, array $postData): array
{
    return ['result' => 'success', 'received' => count($postData)];
}
$big = array_fill_keys(array_map(static fn ($i) => "f$i", range(1, 2000)), 'x');
echo '  received ', WhmcsOpensrs\whmcs_api('GetUsers', $big, ['transport' => 'local', 'max_input_vars' => 10])['received'], "\n";

echo "-- bad values\n";
foreach ([0, -1, 'many', 2.5, true] as $bad) {
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], $options + ['max_input_vars' => $bad]);
    } catch (TypeError | ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
-- we were told 1000, the server keeps 20 (and one more): the credentials are among them
  sent: success
  body begins: action,identifier,secret,responsetype,field0
-- the option says 20: 34 variables are refused, 20 go, 21 do not
  ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) would make 34 form variables with action and credentials, more than the 20 of max_input_vars: PHP on the WHMCS server would drop the rest from $_POST. Send fewer, or raise max_input_vars on the server and the option "max_input_vars" (or whmcs.max_input_vars) with it
  nothing sent
  sent: success
  ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) would make 21 form variables with action and credentials, more than the 20 of max_input_vars: PHP on the WHMCS server would drop the rest from $_POST. Send fewer, or raise max_input_vars on the server and the option "max_input_vars" (or whmcs.max_input_vars) with it
  nothing sent
-- counted as PHP counts: one per pair however deep, none for null and empty arrays; the access key counts
  sent: success
  ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) would make 8 form variables with action and credentials, more than the 7 of max_input_vars: PHP on the WHMCS server would drop the rest from $_POST. Send fewer, or raise max_input_vars on the server and the option "max_input_vars" (or whmcs.max_input_vars) with it
  nothing sent
-- whmcs.max_input_vars; the option wins
  ValueError: WhmcsOpensrs\whmcs_api(): Argument #2 ($params) would make 34 form variables with action and credentials, more than the 20 of max_input_vars: PHP on the WHMCS server would drop the rest from $_POST. Send fewer, or raise max_input_vars on the server and the option "max_input_vars" (or whmcs.max_input_vars) with it
  nothing sent
  sent: success
-- many calls: an entry too large is refused before anything is sent
  ValueError: WhmcsOpensrs\whmcs_api_many(): Argument #1 ($calls) entry "big": "params" would make 34 form variables with action and credentials, more than the 20 of max_input_vars: PHP on the WHMCS server would drop the rest from $_POST. Send fewer, or raise max_input_vars on the server and the option "max_input_vars" (or whmcs.max_input_vars) with it
  nothing sent
  sent: {"small":"success","fits":"success"}
-- delete_user_client(): a limit too low even for it is the options' fault
  ValueError: delete_user_client(): Argument #3 ($options) would make 6 form variables with action and credentials, more than the 5 of max_input_vars: PHP on the WHMCS server would drop the rest from $_POST. Send fewer, or raise max_input_vars on the server and the option "max_input_vars" (or whmcs.max_input_vars) with it
  nothing sent
-- in-process: localAPI() gets an array, whatever its size
  received 2000
-- bad values
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_input_vars" must be a whole number from 1 to 9223372036854775807
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_input_vars" must be a whole number from 1 to 9223372036854775807
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_input_vars" must be of type int, string given
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_input_vars" must be a whole number from 1 to 9223372036854775807
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "max_input_vars" must be of type int, bool given
