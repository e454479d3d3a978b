--TEST--
OpenSRS's subuser error codes reach the caller as OpensrsException codes: 460 missing field, 465 invalid data, 485 exists, 480 not found, 430 invalid command; modify works
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$owner = ['domain' => 'example.com', 'username' => 'domainowner'];

function call(string $label, callable $call): void
{
    try {
        $reply = $call();
        echo "$label: {$reply['response_code']} {$reply['response_text']}\n";
    } catch (WhmcsOpensrs\OpensrsException $e) {
        echo "$label: ", get_class($e), " {$e->getCode()} {$e->getMessage()}\n";
    }
}

$add = fn (array $attributes) => WhmcsOpensrs\opensrs_request('add', 'subuser', $attributes + ['domain' => 'example.com',
    'sub_username' => 'dev', 'sub_password' => 'pw-1', 'sub_permission' => 2], $owner, $server['options']);
$modify = fn (array $attributes) => WhmcsOpensrs\opensrs_request('modify', 'subuser', $attributes + ['domain' => 'example.com'],
    $owner, $server['options']);

call('add without password', fn () => $add(['sub_password' => '']));
call('add with permission 99', fn () => $add(['sub_permission' => 99]));
call('add', fn () => $add([]));
call('add again', fn () => $add(['sub_username' => 'dev2']));
call('add to unknown domain', fn () => WhmcsOpensrs\opensrs_request('add', 'subuser', ['domain' => 'example.org',
    'sub_username' => 'x', 'sub_password' => 'y', 'sub_permission' => 1],
    ['username' => 'domainowner'], $server['options']));
call('add without owner', fn () => WhmcsOpensrs\opensrs_request('add', 'subuser', ['domain' => 'example.com'], [], $server['options']));

$id = (int) wo_opensrs_state($server['state'])['domains']['example.com']['subuser']['id'];
call('modify without sub_id', fn () => $modify(['permission' => 4]));
call('modify sub_id abc', fn () => $modify(['sub_id' => 'abc', 'permission' => 4]));
call('modify other id', fn () => $modify(['sub_id' => $id + 1, 'permission' => 4]));
call('modify nothing', fn () => $modify(['sub_id' => $id]));
call('modify permission', fn () => $modify(['sub_id' => $id, 'permission' => 12, 'password' => 'new-pw']));
$sub = wo_opensrs_state($server['state'])['domains']['example.com']['subuser'];
echo "stored: {$sub['username']} {$sub['permission']} {$sub['password']}\n";

call('get balance', fn () => WhmcsOpensrs\opensrs_request('get_balance', 'balance', [], [], $server['options']));
call('rename subuser', fn () => WhmcsOpensrs\opensrs_request('rename', 'subuser', [], $owner, $server['options']));
?>
--EXPECT--
add without password: WhmcsOpensrs\OpensrsException 460 Missing required field: sub_password.
add with permission 99: WhmcsOpensrs\OpensrsException 465 Invalid data: sub_permission must be a bit mask from 0 to 63.
add: 200 Command completed successfully
add again: WhmcsOpensrs\OpensrsException 485 A sub-user already exists for example.com.
add to unknown domain: WhmcsOpensrs\OpensrsException 480 Domain example.org not found.
add without owner: WhmcsOpensrs\OpensrsException 460 Required field 'username' not provided.
modify without sub_id: WhmcsOpensrs\OpensrsException 460 Missing required field: sub_id.
modify sub_id abc: WhmcsOpensrs\OpensrsException 465 Invalid data: sub_id 'abc' is not an id.
modify other id: WhmcsOpensrs\OpensrsException 480 Sub-user 2532881 not found for domain example.com.
modify nothing: WhmcsOpensrs\OpensrsException 460 Missing required field: username, password or permission.
modify permission: 200 Command completed successfully
stored: dev 12 new-pw
get balance: WhmcsOpensrs\OpensrsException 430 Invalid command: GET_BALANCE BALANCE
rename subuser: WhmcsOpensrs\OpensrsException 430 Invalid command: RENAME SUBUSER
