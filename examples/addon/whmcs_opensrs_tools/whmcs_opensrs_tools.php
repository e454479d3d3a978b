<?php
/**
 * WHMCS addon module "whmcs_opensrs tools": an admin page that lists the
 * users of a client account (WHMCS API) and the OpenSRS sub-user of a
 * domain (OpenSRS XCP), each with a button that removes it, through the
 * whmcs_opensrs extension.
 *
 * Install: copy the directory whmcs_opensrs_tools to <whmcs>/modules/addons/,
 * then Setup > Addon Modules > whmcs_opensrs tools > Activate, set the
 * OpenSRS management account, and give the admin roles that may use it
 * access. The page is Addons > whmcs_opensrs tools.
 *
 * Settings: WHMCS needs none (WhmcsOpensrs\whmcs_api() calls localAPI() in-process,
 * as the logged-in admin). OpenSRS reseller credentials belong in php.ini
 * or the PHP-FPM pool of WHMCS (opensrs.reseller_username, opensrs.api_key,
 * opensrs.endpoint), never in the database: the module only keeps the
 * management account and, optionally, the endpoint.
 *
 * Every call reaches WHMCS's Module Log as module whmcs_opensrs, with
 * credentials masked.
 *
 * "Connection health" (the view=health page, and hooks.php's dashboard
 * widget) shows WhmcsOpensrs\health(): per server, its circuit breaker's
 * state, failures, last failure and success. A server that is down is
 * named above what the page shows.
 */

use WhmcsOpensrs\Exception as WhmcsOpensrsException;

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

require_once __DIR__ . '/health.php';

function whmcs_opensrs_tools_config(): array
{
    return [
        'name' => 'whmcs_opensrs tools',
        'description' => "Lists a client account's users and a domain's OpenSRS sub-user, and removes them, "
            . 'through the whmcs_opensrs PHP extension.',
        'author' => 'whmcs_opensrs',
        'language' => 'english',
        'version' => '1.0',
        'fields' => [
            'manager' => [
                'FriendlyName' => 'OpenSRS management account',
                'Type' => 'text',
                'Size' => '32',
                'Default' => '',
                'Description' => 'The account that manages your domains at OpenSRS: the "username" of '
                    . 'XCP subuser commands.',
            ],
            'endpoint' => [
                'FriendlyName' => 'OpenSRS endpoint',
                'Type' => 'text',
                'Size' => '48',
                'Default' => '',
                'Description' => 'live, test or a URL; empty: the opensrs.endpoint ini setting.',
            ],
        ],
    ];
}

function whmcs_opensrs_tools_activate(): array
{
    if (!extension_loaded('whmcs_opensrs')) {
        return ['status' => 'error', 'description' => 'The whmcs_opensrs PHP extension is not loaded: install it '
            . '(pecl install whmcs_opensrs) and add extension=whmcs_opensrs to php.ini.'];
    }
    return ['status' => 'success', 'description' => 'whmcs_opensrs tools is active. Set the OpenSRS management '
        . 'account in its settings; the reseller credentials come from php.ini.'];
}

function whmcs_opensrs_tools_deactivate(): array
{
    return ['status' => 'success', 'description' => 'whmcs_opensrs tools is inactive. It keeps no data.'];
}

function whmcs_opensrs_tools_h(mixed $text): string
{
    return htmlspecialchars((string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

/** Options of the OpenSRS calls: the endpoint when the settings name one. */
function whmcs_opensrs_tools_opensrs_options(array $vars): array
{
    $endpoint = trim((string) ($vars['endpoint'] ?? ''));
    return $endpoint === '' ? [] : ['endpoint' => $endpoint];
}

/**
 * Runs the action a form posted; returns [alert class, message] or null.
 * Messages of the extension's exceptions never hold a credential, so they
 * are shown as they are (escaped).
 */
function whmcs_opensrs_tools_act(array $vars): ?array
{
    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST' || !isset($_POST['do'])) {
        return null;
    }
    if (function_exists('check_token')) {
        /* WHMCS adds its CSRF token to admin forms; it must come back. */
        check_token('WHMCS.admin.default');
    }
    try {
        switch ($_POST['do']) {
            case 'remove_user':
                $userId = (int) ($_POST['user_id'] ?? 0);
                $clientId = (int) ($_POST['client_id'] ?? 0);
                delete_user_client($userId, $clientId);
                return ['success', "User #$userId no longer has access to client #$clientId."];
            case 'delete_subuser':
                $domain = (string) ($_POST['domain'] ?? '');
                $subId = (int) ($_POST['sub_id'] ?? 0);
                $reply = opensrs_delete_subuser($domain, $subId, (string) $vars['manager'],
                    whmcs_opensrs_tools_opensrs_options($vars));
                return ['success', "Sub-user #$subId of $domain deleted: {$reply['response_text']}"];
        }
        return ['danger', 'Unknown action.'];
    } catch (WhmcsOpensrsException $e) {
        $code = $e instanceof WhmcsOpensrs\OpensrsException ? ' (OpenSRS ' . $e->getCode() . ')' : '';
        return ['danger', $e->getMessage() . $code];
    } catch (ValueError | TypeError $e) {
        return ['danger', $e->getMessage()];
    }
}

/** The users of client $clientId, with a remove button for all but the owner. */
function whmcs_opensrs_tools_users(string $link, int $clientId): string
{
    try {
        $details = WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => $clientId]);
    } catch (WhmcsOpensrsException $e) {
        return '<div class="alert alert-danger">' . whmcs_opensrs_tools_h($e->getMessage()) . "</div>\n";
    }
    $client = $details['client'];
    $rows = '';
    foreach ($client['users']['user'] ?? [] as $user) {
        $action = !empty($user['is_owner']) ? 'owner'
            : '<form method="post" action="' . whmcs_opensrs_tools_h($link) . '">'
              . '<input type="hidden" name="do" value="remove_user">'
              . '<input type="hidden" name="user_id" value="' . (int) $user['id'] . '">'
              . '<input type="hidden" name="client_id" value="' . $clientId . '">'
              . '<input type="hidden" name="clientid" value="' . $clientId . '">'
              . '<button type="submit" class="btn btn-danger btn-xs">Remove access</button></form>';
        $rows .= '<tr><td>' . (int) $user['id'] . '</td><td>' . whmcs_opensrs_tools_h($user['name'] ?? '')
            . '</td><td>' . whmcs_opensrs_tools_h($user['email'] ?? '') . "</td><td>$action</td></tr>\n";
    }
    return '<h3>Users of client #' . $clientId . ' (' . whmcs_opensrs_tools_h($client['fullname'] ?? '') . ', '
        . whmcs_opensrs_tools_h($client['status'] ?? '') . ")</h3>\n"
        . '<table class="datatable"><tr><th>ID</th><th>Name</th><th>Email</th><th></th></tr>' . "\n"
        . ($rows === '' ? "<tr><td colspan=\"4\">No users.</td></tr>\n" : $rows) . "</table>\n";
}

/** The sub-user of $domain, with a delete button. */
function whmcs_opensrs_tools_subusers(string $link, string $domain, array $vars): string
{
    $manager = (string) ($vars['manager'] ?? '');
    if ($manager === '') {
        return "<div class=\"alert alert-warning\">Set the OpenSRS management account in the module settings.</div>\n";
    }
    try {
        $reply = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => $domain], ['domain' => $domain, 'username' => $manager],
            whmcs_opensrs_tools_opensrs_options($vars));
    } catch (WhmcsOpensrsException | ValueError $e) {
        return '<div class="alert alert-danger">' . whmcs_opensrs_tools_h($e->getMessage()) . "</div>\n";
    }
    /* OpenSRS keeps at most one sub-user per domain; none: empty attributes. */
    $subuser = $reply['attributes'] ?? [];
    $body = isset($subuser['id'])
        ? '<tr><td>' . whmcs_opensrs_tools_h($subuser['id']) . '</td><td>' . whmcs_opensrs_tools_h($subuser['username'] ?? '')
          . '</td><td>' . whmcs_opensrs_tools_h($subuser['permission'] ?? '') . '</td><td>'
          . '<form method="post" action="' . whmcs_opensrs_tools_h($link) . '">'
          . '<input type="hidden" name="do" value="delete_subuser">'
          . '<input type="hidden" name="domain" value="' . whmcs_opensrs_tools_h($domain) . '">'
          . '<input type="hidden" name="sub_id" value="' . (int) $subuser['id'] . '">'
          . '<button type="submit" class="btn btn-danger btn-xs">Delete</button></form></td></tr>' . "\n"
        : "<tr><td colspan=\"4\">No sub-user.</td></tr>\n";
    return '<h3>OpenSRS sub-user of ' . whmcs_opensrs_tools_h($domain) . "</h3>\n"
        . '<table class="datatable"><tr><th>ID</th><th>Username</th><th>Permission</th><th></th></tr>' . "\n"
        . $body . "</table>\n";
}

function whmcs_opensrs_tools_output(array $vars): void
{
    $link = (string) ($vars['modulelink'] ?? 'addonmodules.php?module=whmcs_opensrs_tools');
    $clientId = (int) ($_REQUEST['clientid'] ?? 0);
    $domain = trim((string) ($_REQUEST['domain'] ?? ''));

    if (!extension_loaded('whmcs_opensrs')) {
        echo '<div class="alert alert-danger">The whmcs_opensrs PHP extension is not loaded.</div>';
        return;
    }
    $result = whmcs_opensrs_tools_act($vars);
    if ($result !== null) {
        echo '<div class="alert alert-', $result[0], '">', whmcs_opensrs_tools_h($result[1]), "</div>\n";
    }
    if (($_REQUEST['view'] ?? '') === 'health') {
        echo "<h3>Connection health</h3>\n", whmcs_opensrs_tools_health_table(WhmcsOpensrs\health());
        return;
    }

    echo '<form method="get" action="addonmodules.php"><input type="hidden" name="module" value="whmcs_opensrs_tools">',
        'Client ID <input type="number" name="clientid" min="1" value="', $clientId ?: '', '"> ',
        'Domain <input type="text" name="domain" value="', whmcs_opensrs_tools_h($domain), '"> ',
        '<button type="submit" class="btn btn-default">Show</button> ',
        '<a class="btn btn-default" href="', whmcs_opensrs_tools_h($link), '&amp;view=health">Connection health</a></form>', "\n";
    $sections = '';
    if ($clientId > 0) {
        $sections .= whmcs_opensrs_tools_users($link, $clientId);
    }
    if ($domain !== '') {
        $sections .= whmcs_opensrs_tools_subusers($link, $domain, $vars);
    }
    /* Above what the calls found, and after them: a server one of them has
     * just found down is named too. */
    echo whmcs_opensrs_tools_health_warnings(WhmcsOpensrs\health()), $sections;
}
