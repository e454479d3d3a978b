--TEST--
"retries": OpenSRS 300, 310, 437 and 486 and connections that could not be made are sent again, single and many; never a call that may have been carried out
--EXTENSIONS--
whmcs_opensrs
--INI--
; connections that cannot be made, again and again: the circuit breaker
; would stop the retries this test is about (tests/breaker_*.phpt test it)
whmcs_opensrs.breaker=0
--FILE--
<?php
require __DIR__ . '/many.inc';
$server = wo_opensrs_start_socket('keepalive', ['flight' => ['delay_ms' => 0]]);
$o = $server['options'];
$owner = ['domain' => 'example.com', 'username' => 'domainowner'];

/* Each command refused once (test_times 1): answered with one retry; with
 * none, the slot holds the refusal. */
$calls = [];
foreach ([300, 310, 437, 486] as $code) {
    $calls["refused $code"] = ['action' => 'get', 'object' => 'subuser', 'extra' => $owner,
        'attributes' => ['domain' => 'example.com', 'test_answer' => $code, 'test_times' => 1, 'test_key' => "a$code"]];
}
echo "retries 0:\n";
wo_many_report(WhmcsOpensrs\opensrs_request_many($calls, $o));
foreach ($calls as &$call) {
    $call['attributes']['test_key'] .= 'b';
}
unset($call);
echo "retries 1:\n";
wo_many_report(WhmcsOpensrs\opensrs_request_many($calls, ['retries' => 1] + $o));

/* Refused more often than the retries allow: the last refusal. */
$calls = ['always 486' => ['action' => 'get', 'object' => 'subuser', 'extra' => $owner,
    'attributes' => ['domain' => 'example.com', 'test_answer' => 486, 'test_key' => 'c']]];
wo_many_report(WhmcsOpensrs\opensrs_request_many($calls, ['retries' => 2] + $o));
echo "sent: ", wo_opensrs_state($server['state'])['test_answers']['c'], " times\n";

/* Never past the timeout: with 0.2 s, the first wait (0.25 s) does not fit. */
$calls['always 486']['attributes']['test_key'] = 'f';
wo_many_report(WhmcsOpensrs\opensrs_request_many($calls, ['retries' => 2, 'timeout' => 0.2] + $o));
echo "sent: ", wo_opensrs_state($server['state'])['test_answers']['f'], " time\n";

/* Other failures are not sent again. */
$calls = ['not owner' => ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => 'other-owner.org'],
    'extra' => ['domain' => 'other-owner.org', 'username' => 'domainowner']]];
$before = wo_flight($server)['requests'];
wo_many_report(WhmcsOpensrs\opensrs_request_many($calls, ['retries' => 3] + $o));
echo "sent: ", wo_flight($server)['requests'] - $before, " time\n";

/* The single form follows the same rules. */
$reply = WhmcsOpensrs\opensrs_request('get', 'subuser',
    ['domain' => 'example.com', 'test_answer' => 437, 'test_times' => 2, 'test_key' => 'd'], $owner, ['retries' => 2] + $o);
echo "single, refused twice, retries 2: ", $reply['response_code'], "\n";
try {
    WhmcsOpensrs\opensrs_request('get', 'subuser',
        ['domain' => 'example.com', 'test_answer' => 300, 'test_times' => 2, 'test_key' => 'e'], $owner, ['retries' => 1] + $o);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo "single, refused twice, retries 1: ", $e->getCode(), ' ', $e->getMessage(), "\n";
}

/* A connection that cannot be made: tried 1 + retries times. */
$probe = stream_socket_server('tcp://127.0.0.1:0');
$closed = 'http://' . stream_socket_get_name($probe, false);
fclose($probe);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(2), ['endpoint' => $closed, 'retries' => 2] + $o);
foreach ($answers as $key => $e) {
    echo $key, ': ', get_class($e), ', ', preg_match('/^could not connect: .* \(3 attempts\)$/', $e->getMessage()) ? 'could not connect (3 attempts)' : $e->getMessage(), "\n";
}

/* A timeout once the request was out may have been carried out: never sent again. */
$slow = wo_opensrs_start_socket('keepalive', ['flight' => ['delay_ms' => 3000]]);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(1), ['timeout' => 0.5, 'retries' => 3] + $slow['options']);
echo 'get1: ', get_class($answers['get1']), ': ', $answers['get1']->getMessage(), "\n";
echo "sent: ", wo_flight($slow)['requests'], " time\n";
?>
--EXPECT--
retries 0:
'refused 300' => WhmcsOpensrs\OpensrsException 300: Exceeded maximum command rate. Try again later.
'refused 310' => WhmcsOpensrs\OpensrsException 310: Exceeded maximum number of simultaneous connections.
'refused 437' => WhmcsOpensrs\OpensrsException 437: Cannot process command because there is already another request waiting on this domain.
'refused 486' => WhmcsOpensrs\OpensrsException 486: Entity already exists in a processing state. Try again in a few seconds.
retries 1:
'refused 300' => 200
'refused 310' => 200
'refused 437' => 200
'refused 486' => 200
'always 486' => WhmcsOpensrs\OpensrsException 486: Entity already exists in a processing state. Try again in a few seconds.
sent: 3 times
'always 486' => WhmcsOpensrs\OpensrsException 486: Entity already exists in a processing state. Try again in a few seconds.
sent: 1 time
'not owner' => WhmcsOpensrs\OpensrsException 435: Permission denied: not owner. User 'domainowner' does not manage other-owner.org.
sent: 1 time
single, refused twice, retries 2: 200
single, refused twice, retries 1: 300 Exceeded maximum command rate. Try again later.
get1: WhmcsOpensrs\TransportException, could not connect (3 attempts)
get2: WhmcsOpensrs\TransportException, could not connect (3 attempts)
get1: WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
sent: 1 time
