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
 *      owner loses access (DeleteUserClient; the user and the account stay),
 *      all in one whmcs_api_many() (in-process, WHMCS runs them in turn).
 *      WHMCS refuses to remove the owner: that is noted, not an error. A
 *      user already gone ("User is not associated with client") is fine.
 *   2. GetClientsDomains lists the account's domains; for those at OpenSRS,
 *      one opensrs_request_many() asks "get subuser" of every domain at
 *      once, and a second deletes every sub-user found, at once too: a
 *      client with 30 domains waits for two round trips to OpenSRS, not 60.
 *      One already gone (OpenSRS code 480) is fine.
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

use function WhmcsOpensrs\opensrs_request_many;
use function WhmcsOpensrs\whmcs_api;
use function WhmcsOpensrs\whmcs_api_many;

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
    $calls = $who = [];
    foreach (is_array($users) ? $users : [] as $user) {
        if (empty($user['is_owner'])) {
            $userId = (int) ($user['id'] ?? 0);
            $who[$userId] = "user #$userId" . (isset($user['email']) ? " ({$user['email']})" : '');
            $calls[$userId] = ['action' => 'DeleteUserClient', 'params' => ['user_id' => $userId, 'client_id' => $clientId]];
        }
    }
    try {
        $answers = whmcs_api_many($calls);
    } catch (\ValueError | \TypeError $e) {
        note($clientId, "cannot remove the users of client #$clientId: " . $e->getMessage());
        return;
    }
    foreach ($answers as $userId => $answer) {
        if (!$answer instanceof \Throwable) {
            note($clientId, "{$who[$userId]} no longer has access to client #$clientId");
            continue;
        }
        match ($answer instanceof WhmcsException ? $answer->getMessage() : null) {
            /* Removed since the list was read: what we wanted. */
            'User is not associated with client' => null,
            /* The owner always keeps the account (WHMCS refuses), even
             * when the list did not say who the owner is. */
            'You cannot remove the account owner' => note($clientId, "{$who[$userId]} owns client #$clientId and keeps it"),
            default => note($clientId, "cannot remove {$who[$userId]} from client #$clientId: " . $answer->getMessage()),
        };
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

/**
 * One OpenSRS command per key, all at once; the failures noted with
 * $what($key), except "not found" (already gone). The replies that worked.
 */
function opensrs_each(int $clientId, array $calls, callable $what): array
{
    try {
        $answers = opensrs_request_many($calls);
    } catch (\ValueError | \TypeError $e) {
        note($clientId, "cannot ask OpenSRS about the domains of client #$clientId: " . $e->getMessage());
        return [];
    }
    foreach ($answers as $key => $answer) {
        if ($answer instanceof \Throwable) {
            if (!$answer instanceof OpensrsException || $answer->getCode() !== OPENSRS_NOT_FOUND) {
                note($clientId, $what($key) . ': ' . $answer->getMessage());
            }
            unset($answers[$key]);
        }
    }
    return $answers;
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
    $gets = $managers = [];
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
        $managers[$name] = $manager;
        $gets[$name] = ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => $name],
                        'extra' => ['domain' => $name, 'username' => $manager]];
    }
    $replies = opensrs_each($clientId, $gets, fn ($name) => "$name: cannot read its OpenSRS sub-users");

    $deletes = $labels = [];
    foreach ($replies as $name => $reply) {
        foreach (subusers_in($reply) as $subuser) {
            $id = (int) ($subuser['id'] ?? 0);
            $key = "$name #$id";
            $labels[$key] = "$name: OpenSRS sub-user #$id" . (isset($subuser['username']) ? " ({$subuser['username']})" : '');
            $deletes[$key] = ['action' => 'delete', 'object' => 'subuser', 'attributes' => ['domain' => $name, 'sub_id' => $id],
                              'extra' => ['domain' => $name, 'username' => $managers[$name]]];
        }
    }
    $labelled = fn ($key) => str_replace(': OpenSRS', ': cannot delete OpenSRS', $labels[$key]);
    foreach (opensrs_each($clientId, $deletes, $labelled) as $key => $reply) {
        note($clientId, "{$labels[$key]} deleted");
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
