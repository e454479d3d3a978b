--TEST--
WhmcsOpensrs\opensrs_request() adds a subuser, opensrs_delete_subuser() deletes it as the seed lays out, get shows it gone
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$options = $server['options'];
$owner = ['domain' => 'example.com', 'username' => 'domainowner'];

$added = WhmcsOpensrs\opensrs_request('add', 'subuser',
    ['domain' => 'example.com', 'sub_username' => 'webdev', 'sub_password' => 'sub-pass-1', 'sub_permission' => 18],
    $owner, $options);
echo "add: is_success={$added['is_success']} code={$added['response_code']} id={$added['attributes']['id']}\n";
$id = (int) $added['attributes']['id'];

$got = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner, $options);
echo "get: ", json_encode($got['attributes']), "\n";

$deleted = opensrs_delete_subuser('example.com', $id, 'domainowner', $options);
var_dump($deleted);

/* What arrived at the server for the delete. */
$request = wo_opensrs_last_request($server['state']);
echo "Content-Type: {$request['content_type']}\n";
echo "X-Username: {$request['x_username']}\n";
var_dump($request['signature_valid']);
echo "items: ", implode(', ', array_keys($request['data'])), "\n";
var_dump($request['data']['action'], $request['data']['object'], $request['data']['domain'],
    $request['data']['username'], $request['data']['attributes'] === ['domain' => 'example.com', 'sub_id' => (string) $id]);
/* The bytes sent are the codec's envelope of exactly those items. */
var_dump($request['body'] === WhmcsOpensrs\opensrs_ops_encode(['protocol' => 'XCP', 'action' => 'delete', 'object' => 'subuser',
    'domain' => 'example.com', 'username' => 'domainowner',
    'attributes' => ['domain' => 'example.com', 'sub_id' => $id]]));

$got = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'], $owner, $options);
echo "get after delete: code={$got['response_code']} attributes=", json_encode($got['attributes']), "\n";
var_dump(wo_opensrs_state($server['state'])['domains']['example.com']['subuser']);
?>
--EXPECT--
add: is_success=1 code=200 id=2532880
get: {"id":"2532880","username":"webdev","permission":"18"}
array(6) {
  ["protocol"]=>
  string(3) "XCP"
  ["action"]=>
  string(5) "REPLY"
  ["object"]=>
  string(7) "SUBUSER"
  ["is_success"]=>
  string(1) "1"
  ["response_code"]=>
  string(3) "200"
  ["response_text"]=>
  string(30) "Command completed successfully"
}
Content-Type: text/xml
X-Username: wo_reseller_rick
bool(true)
items: protocol, action, object, domain, username, attributes
string(6) "delete"
string(7) "subuser"
string(11) "example.com"
string(11) "domainowner"
bool(true)
bool(true)
get after delete: code=200 attributes=[]
NULL
