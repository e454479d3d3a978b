--TEST--
delete_user_client() removes a user's link to a client, and GetUsers no longer shows it
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start();
$options = $server['options'];

/* An owner with a client account, and a second user invited to it. */
$owner = WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'Olivia', 'lastname' => 'Owner',
    'email' => 'olivia@example.net', 'password2' => 'pw-not-secret-1'], $options);
$client = WhmcsOpensrs\whmcs_api('AddClient', ['owner_user_id' => $owner['user_id'], 'firstname' => 'Olivia',
    'lastname' => 'Owner', 'email' => 'billing@example.org', 'address1' => '1 Test Street',
    'city' => 'Testville', 'state' => 'Test', 'postcode' => 'TE5 5ST', 'country' => 'GB',
    'phonenumber' => '01234 567890'], $options);
$user = WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'Uma', 'lastname' => 'User',
    'email' => 'uma@example.net', 'password2' => 'pw-not-secret-2'], $options);
$invite = WhmcsOpensrs\whmcs_api('CreateClientInvite', ['client_id' => (int) $client['clientid'],
    'email' => 'uma@example.net', 'permissions' => 'profile,invoices'], $options);
var_dump($owner['user_id'], $client['clientid'], $client['owner_id'], $user['user_id'], $invite);

function links(array $options): array
{
    $links = [];
    foreach (WhmcsOpensrs\whmcs_api('GetUsers', [], $options)['users'] as $u) {
        foreach ($u['clients'] as $c) {
            $links[] = "user {$u['id']} ({$u['email']}) -> client {$c['id']}" . ($c['isOwner'] ? ' owner' : '');
        }
    }
    return $links;
}

echo "before:\n", implode("\n", links($options)), "\n";
var_dump(delete_user_client((int) $user['user_id'], (int) $client['clientid'], $options));
echo "after:\n", implode("\n", links($options)), "\n";

/* The client account itself lists only its owner now. */
$details = WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => (int) $client['clientid']], $options);
var_dump($details['client']['owner_user_id'], $details['client']['users']);

/* What went on the wire: a form POST WHMCS reads from $_POST. */
$request = wo_whmcs_last_request($server);
echo $request['method'], ' ', $request['uri'], "\n", $request['content_type'], "\n", $request['accept'], "\n";
var_dump(preg_match('~^whmcs_opensrs/\d+\.\d+\.\d+~', $request['user_agent']) === 1);
parse_str($request['body'], $sent);
var_dump($sent['action'], $sent['clientid'], $sent['responsetype'],
    $sent['identifier'] === WO_WHMCS_IDENTIFIER, $sent['secret'] === WO_WHMCS_SECRET);
?>
--EXPECT--
string(1) "1"
string(1) "1"
string(1) "1"
string(1) "2"
array(1) {
  ["result"]=>
  string(7) "success"
}
before:
user 1 (olivia@example.net) -> client 1 owner
user 2 (uma@example.net) -> client 1
bool(true)
after:
user 1 (olivia@example.net) -> client 1 owner
int(1)
array(1) {
  ["user"]=>
  array(1) {
    [0]=>
    array(4) {
      ["id"]=>
      int(1)
      ["name"]=>
      string(12) "Olivia Owner"
      ["email"]=>
      string(18) "olivia@example.net"
      ["is_owner"]=>
      bool(true)
    }
  }
}
POST /includes/api.php
application/x-www-form-urlencoded
application/json
bool(true)
string(17) "GetClientsDetails"
string(1) "1"
string(4) "json"
bool(true)
bool(true)
