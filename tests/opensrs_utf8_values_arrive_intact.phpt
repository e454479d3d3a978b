--TEST--
UTF-8 values (and markup characters, CR LF) sent with WhmcsOpensrs\opensrs_request() arrive at the OpenSRS server byte for byte
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$name = "Jürgen-中文-😀";
$password = "pässwörd €\r\n<&>\"' ✓";

$reply = WhmcsOpensrs\opensrs_request('add', 'subuser',
    ['domain' => 'example.com', 'sub_username' => $name, 'sub_password' => $password, 'sub_permission' => '3'],
    ['domain' => 'example.com', 'username' => 'domainowner'], $server['options']);
echo $reply['response_code'], "\n";

/* What the server stored, parsed with DOM on its side. */
$stored = wo_opensrs_state($server['state'])['domains']['example.com']['subuser'];
var_dump(bin2hex($stored['username']) === bin2hex($name));
var_dump(bin2hex($stored['password']) === bin2hex($password));
var_dump($stored['permission']);

/* And back in the reply to get. */
$got = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['domain' => 'example.com', 'username' => 'domainowner'], $server['options']);
var_dump($got['attributes']['username'] === $name);

/* Modify with another UTF-8 name: the server finds the subuser and renames it. */
WhmcsOpensrs\opensrs_request('modify', 'subuser', ['domain' => 'example.com', 'sub_id' => $stored['id'], 'username' => 'Ωμέγα'],
    ['domain' => 'example.com', 'username' => 'domainowner'], $server['options']);
var_dump(wo_opensrs_state($server['state'])['domains']['example.com']['subuser']['username']);
?>
--EXPECT--
200
bool(true)
bool(true)
int(3)
bool(true)
string(10) "Ωμέγα"
