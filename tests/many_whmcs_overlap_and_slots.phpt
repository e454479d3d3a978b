--TEST--
whmcs_api_many(): calls overlap up to "concurrency", answers keyed and ordered as the calls were, each failure in its slot as whmcs_api() throws it
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/many.inc';
/* Four servers behind the parallel front; every answer held until two
 * requests are in flight at once. */
$server = wo_whmcs_start(wo_whmcs_fixture(), ['parallel' => 4, 'flight' => ['barrier' => 2, 'delay_ms' => 20]]);
$o = ['concurrency' => 2] + $server['options'];
$calls = [
    'users' => ['action' => 'GetUsers'],
    'client 1' => ['action' => 'GetClientsDetails', 'params' => ['clientid' => 1]],
    'no client' => ['action' => 'GetClientsDetails', 'params' => ['clientid' => 99]],
    5 => ['action' => 'NoSuchAction'],
    'owner' => ['action' => 'DeleteUserClient', 'params' => ['user_id' => 1, 'client_id' => 1]],
    'unlink' => ['action' => 'DeleteUserClient', 'params' => ['user_id' => 2, 'client_id' => 1]],
];
$answers = WhmcsOpensrs\whmcs_api_many($calls, $o);
wo_many_report($answers);
$flight = wo_flight($server);
echo "requests: {$flight['requests']}, most at once: {$flight['max_in_flight']}\n";
echo "status of 5: ", $answers[5]->getHttpStatus(), "\n";

/* The slot holds what the single call throws. */
try {
    WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => 99], $o);
} catch (WhmcsOpensrs\WhmcsException $e) {
    var_dump(get_class($e) === get_class($answers['no client']), $e->getMessage() === $answers['no client']->getMessage(),
        $e->getResponse() == $answers['no client']->getResponse());
}

/* Wrong credentials: every slot a WhmcsAuthException. */
wo_many_report(WhmcsOpensrs\whmcs_api_many(['a' => ['action' => 'GetUsers'], 'b' => ['action' => 'GetUsers']],
    ['secret' => 'wrong-SECRET-0d9e8c'] + $o));
?>
--EXPECT--
'users' => success
'client 1' => success
'no client' => WhmcsOpensrs\WhmcsException 0: Client Not Found
5 => WhmcsOpensrs\WhmcsException 0: Command Not Found
'owner' => WhmcsOpensrs\WhmcsException 0: You cannot remove the account owner
'unlink' => success
requests: 6, most at once: 2
status of 5: 400
bool(true)
bool(true)
bool(true)
'a' => WhmcsOpensrs\WhmcsAuthException 0: Invalid or missing credentials
'b' => WhmcsOpensrs\WhmcsAuthException 0: Invalid or missing credentials
