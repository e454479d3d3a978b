--TEST--
opensrs_request_many(): answers keyed and ordered as the calls were; a failed call's slot holds the exception its single form throws
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/many.inc';
$server = wo_opensrs_start_socket('keepalive', ['flight' => ['delay_ms' => 0]]);
$o = $server['options'];
$id = wo_opensrs_add_subuser($server, 'example.com');
$owner = ['domain' => 'example.com', 'username' => 'domainowner'];
$calls = [
    'found' => ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => 'example.com'], 'extra' => $owner],
    7 => ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => 'no-such.com'],
          'extra' => ['domain' => 'no-such.com', 'username' => 'domainowner']],
    'not owner' => ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => 'other-owner.org'],
                    'extra' => ['domain' => 'other-owner.org', 'username' => 'domainowner']],
    3 => ['action' => 'frobnicate', 'object' => 'subuser', 'extra' => $owner],
    'again' => ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => 'example.com'], 'extra' => $owner],
];
$answers = WhmcsOpensrs\opensrs_request_many($calls, $o);
wo_many_report($answers);

/* Each slot is what the single call gives: the same reply, the same exception. */
$single = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner, $o);
var_dump($single == $answers['found']);
try {
    WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'other-owner.org'],
        ['domain' => 'other-owner.org', 'username' => 'domainowner'], $o);
} catch (WhmcsOpensrs\OpensrsException $e) {
    var_dump(get_class($e) === get_class($answers['not owner']), $e->getMessage() === $answers['not owner']->getMessage(),
        $e->getResponse() == $answers['not owner']->getResponse(), $e->getHttpStatus() === $answers['not owner']->getHttpStatus());
}

/* A wrong key in a batch of its own: every slot an OpensrsAuthException. */
$answers = WhmcsOpensrs\opensrs_request_many(['a' => $calls['found'], 'b' => $calls['found']], ['api_key' => 'WRONG-key-0000'] + $o);
wo_many_report($answers);

/* Calls that change state go as well: the subuser is gone after. */
$answers = WhmcsOpensrs\opensrs_request_many(['delete' => ['action' => 'delete', 'object' => 'subuser',
    'attributes' => ['domain' => 'example.com', 'sub_id' => $id], 'extra' => $owner]], $o);
wo_many_report($answers);
var_dump(WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner, $o)['attributes']);

/* Nothing to do: an empty answer, nothing sent. */
$before = count(wo_opensrs_state($server['state'])['requests']);
var_dump(WhmcsOpensrs\opensrs_request_many([], $o), count(wo_opensrs_state($server['state'])['requests']) === $before);
?>
--EXPECTF--
'found' => 200
7 => WhmcsOpensrs\OpensrsException 480: Domain no-such.com not found.
'not owner' => WhmcsOpensrs\OpensrsException 435: Permission denied: not owner. User 'domainowner' does not manage other-owner.org.
3 => WhmcsOpensrs\OpensrsException 430: Invalid command: FROBNICATE SUBUSER
'again' => 200
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
'a' => WhmcsOpensrs\OpensrsAuthException 401: Authentication Failed
'b' => WhmcsOpensrs\OpensrsAuthException 401: Authentication Failed
'delete' => 200
array(0) {
}
array(0) {
}
bool(true)
