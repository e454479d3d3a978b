--TEST--
Module log: a logger that throws changes no call's outcome (one line in PHP's error log); logger over logModuleCall(); in-process calls are logged too
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$errorLog = wo_temp_file('wo-error-log-');
ini_set('error_log', $errorLog);
$server = wo_whmcs_start(wo_whmcs_fixture());
$options = $server['options'];

$throwing = ['logger' => static function (array $entry): never {
    throw new RuntimeException('logger broke while holding ' . $entry['request']);
}];

echo "-- success stays success\n";
$users = WhmcsOpensrs\whmcs_api('GetUsers', [], $throwing + $options);
var_dump($users['result'], count($users['users']));
var_dump(delete_user_client(2, 1, $throwing + $options));

echo "-- failure stays the same failure\n";
try {
    delete_user_client(2, 1, $throwing + $options);
} catch (Exception $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getPrevious());
}

echo "-- the error log says which logger failed, not what it said\n";
echo file_get_contents($errorLog) === '' ? "empty\n" : preg_replace('~^\[[^]]+\] ~m', '', file_get_contents($errorLog));

echo "-- inside WHMCS: logModuleCall() unless a logger is given\n";
if (true) {
    function logModuleCall($module, $action, $request, $response, $processed, $replaceVars)
    {
        echo "logModuleCall: $action: $request\n";
    }
    function localAPI(string $command, array $postData, string $adminUser = ''): array
    {
        return ['result' => 'success', 'local' => true, 'password2_seen' => $postData['password2'] ?? null];
    }
}
WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 1], $options);
WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 1], ['logger' => static function (array $e) { echo "logger: $e[request]\n"; }] + $options);
WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 1], ['logger' => false] + $options);
ini_set('whmcs_opensrs.logger', 'ini_logger');
if (true) {
    function ini_logger(array $entry): void
    {
        echo "ini_logger: $entry[request]\n";
    }
}
WhmcsOpensrs\whmcs_api('GetUsers', ['limitnum' => 1], $options);
ini_set('whmcs_opensrs.logger', '');

echo "-- an in-process call: no responsetype, the response as JSON\n";
$answer = WhmcsOpensrs\whmcs_api('ValidateLogin', ['email' => 'a@example.net', 'password2' => 'pw-LOCAL-6d2b'],
    ['logger' => static function (array $e) { var_dump($e['request'], $e['response'], $e['processed']); }]);
var_dump($answer['password2_seen']);
?>
--EXPECT--
-- success stays success
string(7) "success"
int(3)
bool(true)
-- failure stays the same failure
string(27) "WhmcsOpensrs\WhmcsException"
string(34) "User is not associated with client"
NULL
-- the error log says which logger failed, not what it said
whmcs_opensrs: the module log callback threw RuntimeException; the call's own outcome stands
whmcs_opensrs: the module log callback threw RuntimeException; the call's own outcome stands
whmcs_opensrs: the module log callback threw RuntimeException; the call's own outcome stands
-- inside WHMCS: logModuleCall() unless a logger is given
logModuleCall: GetUsers: action=GetUsers&responsetype=json&limitnum=1
logger: action=GetUsers&responsetype=json&limitnum=1
ini_logger: action=GetUsers&responsetype=json&limitnum=1
-- an in-process call: no responsetype, the response as JSON
string(61) "action=ValidateLogin&email=a%40example.net&password2=********"
string(61) "{"result":"success","local":true,"password2_seen":"********"}"
array(3) {
  ["result"]=>
  string(7) "success"
  ["local"]=>
  bool(true)
  ["password2_seen"]=>
  string(8) "********"
}
string(13) "pw-LOCAL-6d2b"
