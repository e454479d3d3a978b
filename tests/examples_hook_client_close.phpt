--TEST--
examples/hooks: on ClientClose, every non-owner user loses access and the OpenSRS sub-users of the account's domains are deleted, with the many-call functions; each failure is logged and the rest still runs
--EXTENSIONS--
whmcs_opensrs
--INI--
opensrs.reseller_username=wo_reseller_rick
opensrs.api_key=KEY-9f2c71e0-never-print-me-OpenSRS
--FILE--
<?php
require __DIR__ . '/whmcs_fakes.inc';
[$whmcs, $opensrs] = wo_fake_whmcs_start();
$options = $whmcs['options'];
/* As configuration.php would set it; other-owner.org is in fact managed by
 * someone else. */
define('WHMCS_OPENSRS_MANAGER', ['example.com' => 'domainowner', 'example.net' => 'domainowner',
    'other-owner.org' => 'domainowner']);

function users_of(array $whmcs, int $clientId): string
{
    $links = array_filter(wo_whmcs_state_links($whmcs), static fn ($l) => $l['client_id'] === $clientId);
    return implode(', ', array_map(static fn ($l) => 'user ' . $l['user_id'] . ($l['owner'] ? ' (owner)' : ''), $links));
}

function subuser_of(array $opensrs, string $domain): string
{
    $sub = wo_opensrs_state($opensrs['state'])['domains'][$domain]['subuser'];
    return $sub === null ? 'none' : "#$sub[id] $sub[username]";
}

require __DIR__ . '/../examples/hooks/whmcs_opensrs_client_close.php';
echo 'hooks: ', json_encode(array_map('count', $GLOBALS['wo_fake']['hooks'])), ', priority ',
    $GLOBALS['wo_fake']['hooks']['ClientClose'][0][0], "\n";

/* Client 1: owner Olivia (1), Uma (2), and Nico (3) invited; a sub-user on
 * example.com, none on example.net; example.org is not at OpenSRS. */
WhmcsOpensrs\whmcs_api('CreateClientInvite', ['client_id' => 1, 'email' => 'nico.nolink@example.net', 'permissions' => 'profile'], $options);
wo_opensrs_add_subuser($opensrs, 'example.com', 'webdev');
echo "before: ", users_of($whmcs, 1), "; example.com ", subuser_of($opensrs, 'example.com'), "\n";
$GLOBALS['wo_fake']['module_log'] = [];

echo "== client 1 closed\n";
WhmcsOpensrs\whmcs_api('CloseClient', ['clientid' => 1], $options);
wo_run_hook('ClientClose', ['userid' => 1]);
echo implode("\n", wo_fake_activity()), "\n";
echo "after: ", users_of($whmcs, 1), "; example.com ", subuser_of($opensrs, 'example.com'), "\n";
echo wo_fake_module_log_report(), "\n";

echo "== the hook again: nothing left to do, nothing to complain about\n";
wo_run_hook('ClientClose', ['userid' => 1]);
var_dump(wo_fake_activity());

echo "== client 2: every kind of failure, and the rest still runs\n";
/* Olivia and Uma join client 2 (owner Nico); a sub-user on other-owner.org,
 * which domainowner does not manage. */
WhmcsOpensrs\whmcs_api('CreateClientInvite', ['client_id' => 2, 'email' => 'olivia.owner@example.net', 'permissions' => 'profile'], $options);
WhmcsOpensrs\whmcs_api('CreateClientInvite', ['client_id' => 2, 'email' => 'uma.user@example.net', 'permissions' => 'profile'], $options);
WhmcsOpensrs\opensrs_request('add', 'subuser', ['domain' => 'other-owner.org', 'sub_username' => 'x', 'sub_password' => 'pw-1234',
    'sub_permission' => 2], ['domain' => 'other-owner.org', 'username' => 'someoneelse'], $opensrs['options']);
/* A WHMCS whose user list does not say who the owner is; Uma removed by
 * someone else meanwhile; Olivia's removal refused by a role without the
 * permission. */
wo_fake_intercept('GetClientsDetails', static function (array $post, Closure $forward): array {
    $answer = $forward($post);
    foreach ($answer['client']['users']['user'] as &$user) {
        unset($user['is_owner']);
    }
    return $answer;
});
wo_fake_intercept('DeleteUserClient', static function (array $post, Closure $forward): array {
    if ($post['user_id'] === 2) {
        $forward($post);
        return $forward($post);
    }
    if ($post['user_id'] === 1) {
        return ['result' => 'error', 'message' => 'Invalid Permissions: API action "deleteuserclient" is not allowed'];
    }
    return $forward($post);
});
wo_run_hook('ClientClose', ['userid' => 2]);
echo implode("\n", wo_fake_activity()), "\n";
echo "after: ", users_of($whmcs, 2), "; other-owner.org ", subuser_of($opensrs, 'other-owner.org'), "\n";

echo "== WHMCS and OpenSRS unreachable\n";
wo_fake_intercept('GetClientsDetails', null);
wo_fake_intercept('DeleteUserClient', null);
wo_whmcs_update($whmcs, ['mode' => 'maintenance']);
wo_opensrs_state_set($opensrs['state'], ['mode' => 'deny_ip']);
wo_run_hook('ClientClose', ['userid' => 1]);
echo implode("\n", wo_fake_activity()), "\n";
echo "-- WHMCS back\n";
wo_whmcs_update($whmcs, ['mode' => null]);
wo_run_hook('ClientClose', ['userid' => 1]);
echo implode("\n", wo_fake_activity()), "\n";

echo "== a domain without a management account, an unknown client, no client id\n";
wo_opensrs_state_set($opensrs['state'], ['mode' => 'normal']);
$state = json_decode(file_get_contents($whmcs['state']), true);
$state['domains'][] = ['id' => 5, 'userid' => 2, 'orderid' => 5, 'domainname' => 'example.info', 'registrar' => 'opensrs',
    'regdate' => '2024-01-01', 'expirydate' => '2027-01-01', 'status' => 'Active'];
wo_whmcs_update($whmcs, ['domains' => $state['domains']]);
wo_run_hook('ClientClose', ['userid' => 2]);
wo_run_hook('ClientClose', ['userid' => 99]);
wo_run_hook('ClientClose', []);
echo implode("\n", wo_fake_activity()), "\n";
echo wo_fake_module_log_report(), "\n";
?>
--EXPECT--
hooks: {"ClientClose":1}, priority 1
before: user 1 (owner), user 2, user 3; example.com #2532880 webdev
== client 1 closed
[client 1] whmcs_opensrs ClientClose: user #2 (uma.user@example.net) no longer has access to client #1
[client 1] whmcs_opensrs ClientClose: user #3 (nico.nolink@example.net) no longer has access to client #1
[client 1] whmcs_opensrs ClientClose: example.com: OpenSRS sub-user #2532880 (webdev) deleted
after: user 1 (owner); example.com none
12 module log entries, module whmcs_opensrs, no secret logged
== the hook again: nothing left to do, nothing to complain about
array(0) {
}
== client 2: every kind of failure, and the rest still runs
[client 2] whmcs_opensrs ClientClose: user #3 (nico.nolink@example.net) owns client #2 and keeps it
[client 2] whmcs_opensrs ClientClose: cannot remove user #1 (olivia.owner@example.net) from client #2: Invalid Permissions: API action "deleteuserclient" is not allowed
[client 2] whmcs_opensrs ClientClose: other-owner.org: cannot read its OpenSRS sub-users: Permission denied: not owner. User 'domainowner' does not manage other-owner.org.
after: user 3 (owner), user 1; other-owner.org #2532881 x
== WHMCS and OpenSRS unreachable
[client 1] whmcs_opensrs ClientClose: cannot list the users of client #1: WHMCS answered with something other than JSON (HTTP 503): "Down for Maintenance We are currently performing maintenance and will be back sh..."
[client 1] whmcs_opensrs ClientClose: cannot list the domains of client #1: WHMCS answered with something other than JSON (HTTP 503): "Down for Maintenance We are currently performing maintenance and will be back sh..."
-- WHMCS back
[client 1] whmcs_opensrs ClientClose: example.com: cannot read its OpenSRS sub-users: Access denied: invalid IP address (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
[client 1] whmcs_opensrs ClientClose: example.net: cannot read its OpenSRS sub-users: Access denied: invalid IP address (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
== a domain without a management account, an unknown client, no client id
[client 2] whmcs_opensrs ClientClose: user #1 (olivia.owner@example.net) no longer has access to client #2
[client 2] whmcs_opensrs ClientClose: example.info: no OpenSRS management account configured (WHMCS_OPENSRS_MANAGER), its sub-users are kept
[client 2] whmcs_opensrs ClientClose: other-owner.org: cannot read its OpenSRS sub-users: Permission denied: not owner. User 'domainowner' does not manage other-owner.org.
[client 99] whmcs_opensrs ClientClose: cannot list the users of client #99: Client Not Found
41 module log entries, module whmcs_opensrs, no secret logged
