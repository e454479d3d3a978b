<?php
/**
 * WHMCS hook: when a client account is closed, take away every other
 * user's access to it and delete the OpenSRS sub-users of its domains.
 *
 * Install: copy this file to <whmcs>/includes/hooks/. It needs the
 * whmcs_opensrs extension (extension=whmcs_opensrs in php.ini) and:
 *
 *   - WHMCS: nothing. Inside WHMCS, WhmcsOpensrs\whmcs_api() and delete_user_client()
 *     call localAPI() in-process (whmcs.transport = auto, no whmcs.url).
 *   - OpenSRS, in php.ini or the PHP-FPM pool of WHMCS (never in this file):
 *       opensrs.reseller_username = myreseller
 *       opensrs.api_key = ...
 *       opensrs.endpoint = live
 *   - The OpenSRS management account that owns the domains' sub-users (the
 *     "username" of XCP subuser commands), in configuration.php:
 *       define('WHMCS_OPENSRS_MANAGER', 'domainowner');
 *     or per domain, with '*' for the rest:
 *       define('WHMCS_OPENSRS_MANAGER', ['example.com' => 'owner1', '*' => 'owner2']);
 *     Without it, sub-users are left alone (and the activity log says so).
 *
 * What it does, for the client in $vars['userid'] (WHMCS calls the client
 * id "userid" in this hook):
 *   1. GetClientsDetails lists the users of the account; every user but the
 *      owner loses access (delete_user_client(); the user and the account
 *      stay). WHMCS refuses to remove the owner: that is noted, not an error.
 *      A user already gone ("User is not associated with client") is fine.
 *   2. GetClientsDomains lists the account's domains; for each one at
 *      OpenSRS, "get subuser" finds its sub-user and opensrs_delete_subuser()
 *      deletes it. One already gone (OpenSRS code 480) is fine.
 * Every failure goes to the activity log (logActivity()) and the rest still
 * runs. Every call also reaches WHMCS's Module Log (Utilities > Logs >
 * Module Log, when module debug logging is on) as module whmcs_opensrs,
 * with credentials masked. Exception messages never hold a credential, so
 * they are logged as they are.
 */

namespace WhmcsOpensrs\Examples\ClientClose;

use WhmcsOpensrs\Exception as ApiException;
use WhmcsOpensrs\OpensrsException;
use WhmcsOpensrs\WhmcsException;

use function WhmcsOpensrs\opensrs_request;
use function WhmcsOpensrs\whmcs_api;

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

/* WHMCS lists are pages; 100 is a reasonable page for GetClientsDomains. */
const PAGE = 100;

/* OpenSRS: "Sub-user ... not found", the code get/delete answer for a
 * sub-user that is not (or no longer) there. */
const OPENSRS_NOT_FOUND = 480;

function note(int $clientId, string $message): void
{
    \logActivity("whmcs_opensrs ClientClose: $message", $clientId);
}

/** The management account of $domain, from WHMCS_OPENSRS_MANAGER, or null. */
function manager_of(string $domain): ?string
{
    if (!defined('WHMCS_OPENSRS_MANAGER')) {
        return null;
    }
    $manager = \WHMCS_OPENSRS_MANAGER;
    if (is_array($manager)) {
        $manager = $manager[strtolower($domain)] ?? $manager['*'] ?? null;
    }
    return is_string($manager) && $manager !== '' ? $manager : null;
}

/** Step 1: every user but the owner loses access to the account. */
function remove_users(int $clientId): void
{
    try {
        $details = whmcs_api('GetClientsDetails', ['clientid' => $clientId]);
    } catch (ApiException $e) {
        note($clientId, "cannot list the users of client #$clientId: " . $e->getMessage());
        return;
    }
    $users = $details['client']['users']['user'] ?? [];
    foreach (is_array($users) ? $users : [] as $user) {
        if (!empty($user['is_owner'])) {
            continue;
        }
        $userId = (int) ($user['id'] ?? 0);
        $who = "user #$userId" . (isset($user['email']) ? " ({$user['email']})" : '');
        try {
            delete_user_client($userId, $clientId);
            note($clientId, "$who no longer has access to client #$clientId");
        } catch (WhmcsException $e) {
            match ($e->getMessage()) {
                /* Removed since the list was read: what we wanted. */
                'User is not associated with client' => null,
                /* The owner always keeps the account (WHMCS refuses), even
                 * when the list did not say who the owner is. */
                'You cannot remove the account owner' => note($clientId, "$who owns client #$clientId and keeps it"),
                default => note($clientId, "cannot remove $who from client #$clientId: " . $e->getMessage()),
            };
        } catch (ApiException | \ValueError $e) {
            note($clientId, "cannot remove $who from client #$clientId: " . $e->getMessage());
        }
    }
}

/** The account's domains (GetClientsDomains, every page). */
function domains_of(int $clientId): array
{
    $domains = [];
    for ($start = 0; ; $start += PAGE) {
        $page = whmcs_api('GetClientsDomains', ['clientid' => $clientId, 'limitstart' => $start, 'limitnum' => PAGE]);
        /* An account without domains may answer with an empty "domains". */
        $list = $page['domains']['domain'] ?? [];
        $list = is_array($list) ? $list : [];
        array_push($domains, ...$list);
        if (count($list) < PAGE || count($domains) >= (int) ($page['totalresults'] ?? 0)) {
            return $domains;
        }
    }
}

/** The sub-users in a "get subuser" reply: OpenSRS keeps at most one. */
function subusers_in(array $reply): array
{
    $attributes = $reply['attributes'] ?? [];
    if (!is_array($attributes) || $attributes === []) {
        return [];
    }
    return isset($attributes['id']) ? [$attributes] : array_values(array_filter($attributes, 'is_array'));
}

/** Step 2: the OpenSRS sub-users of the account's domains are deleted. */
function delete_subusers(int $clientId): void
{
    try {
        $domains = domains_of($clientId);
    } catch (ApiException $e) {
        note($clientId, "cannot list the domains of client #$clientId: " . $e->getMessage());
        return;
    }
    foreach ($domains as $domain) {
        $name = strtolower((string) ($domain['domainname'] ?? ''));
        if ($name === '' || strtolower((string) ($domain['registrar'] ?? '')) !== 'opensrs') {
            continue;
        }
        $manager = manager_of($name);
        if ($manager === null) {
            note($clientId, "$name: no OpenSRS management account configured (WHMCS_OPENSRS_MANAGER), its sub-users are kept");
            continue;
        }
        try {
            $reply = opensrs_request('get', 'subuser', ['domain' => $name], ['domain' => $name, 'username' => $manager]);
        } catch (OpensrsException $e) {
            if ($e->getCode() !== OPENSRS_NOT_FOUND) {
                note($clientId, "$name: cannot read its OpenSRS sub-users: " . $e->getMessage());
            }
            continue;
        } catch (ApiException | \ValueError $e) {
            note($clientId, "$name: cannot read its OpenSRS sub-users: " . $e->getMessage());
            continue;
        }
        foreach (subusers_in($reply) as $subuser) {
            $id = (int) ($subuser['id'] ?? 0);
            $label = "sub-user #$id" . (isset($subuser['username']) ? " ({$subuser['username']})" : '');
            try {
                opensrs_delete_subuser($name, $id, $manager);
                note($clientId, "$name: OpenSRS $label deleted");
            } catch (OpensrsException $e) {
                if ($e->getCode() !== OPENSRS_NOT_FOUND) {
                    note($clientId, "$name: cannot delete OpenSRS $label: " . $e->getMessage());
                }
            } catch (ApiException | \ValueError $e) {
                note($clientId, "$name: cannot delete OpenSRS $label: " . $e->getMessage());
            }
        }
    }
}

\add_hook('ClientClose', 1, function (array $vars): void {
    $clientId = (int) ($vars['userid'] ?? 0);
    if ($clientId < 1) {
        return;
    }
    if (!extension_loaded('whmcs_opensrs')) {
        note($clientId, 'the whmcs_opensrs extension is not loaded; nothing was done');
        return;
    }
    remove_users($clientId);
    delete_subusers($clientId);
});
