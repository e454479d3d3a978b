<?php
/**
 * What the whmcs_opensrs extension knows of the servers this PHP pool
 * calls (WhmcsOpensrs\health()), as HTML: the addon page's "Connection
 * health" view, its warnings, and the admin dashboard widget (hooks.php).
 *
 * health() describes the PHP-FPM (or Apache) pool that serves the page:
 * its workers share the circuit breaker. Routes are shown as the extension
 * gives them, without user names or passwords; messages hold no secret.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

function whmcs_opensrs_tools_health_h(mixed $text): string
{
    return htmlspecialchars((string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function whmcs_opensrs_tools_health_time(?int $time): string
{
    return $time === null ? 'never' : gmdate('Y-m-d H:i:s', $time) . ' UTC';
}

/** One line per route that is not closed: for the top of the page. */
function whmcs_opensrs_tools_health_warnings(array $health): string
{
    $out = '';
    foreach ($health as $route => $h) {
        if ($h['state'] === 'closed') {
            continue;
        }
        $out .= '<div class="alert alert-warning">' . whmcs_opensrs_tools_health_h($route) . ' is unavailable ('
            . whmcs_opensrs_tools_health_h($h['state']) . ' after ' . (int) $h['failures'] . ' failures): calls to it fail at once'
            . ' until ' . whmcs_opensrs_tools_health_time($h['retry_at']) . '. Last failure: '
            . whmcs_opensrs_tools_health_h($h['last_failure']['message'] ?? '') . "</div>\n";
    }
    return $out;
}

/** The table of every route. */
function whmcs_opensrs_tools_health_table(array $health): string
{
    if (!$health) {
        return "<p>No calls yet from this pool.</p>\n";
    }
    $labels = ['closed' => 'success', 'half-open' => 'warning', 'open' => 'danger'];
    $rows = '';
    foreach ($health as $route => $h) {
        $failure = $h['last_failure'] === null ? 'none'
            : whmcs_opensrs_tools_health_time($h['last_failure']['time']) . ': '
              . whmcs_opensrs_tools_health_h(substr(strrchr('\\' . $h['last_failure']['class'], '\\'), 1) . ': '
              . $h['last_failure']['message']);
        $rows .= '<tr><td>' . whmcs_opensrs_tools_health_h($route) . '</td><td><span class="label label-'
            . ($labels[$h['state']] ?? 'default') . '">' . whmcs_opensrs_tools_health_h($h['state']) . '</span></td><td>'
            . (int) $h['failures'] . '</td><td>' . (int) $h['refused'] . '</td><td>' . $failure . '</td><td>'
            . whmcs_opensrs_tools_health_time($h['last_success']) . '</td><td>'
            . ($h['retry_at'] === null ? '' : whmcs_opensrs_tools_health_time($h['retry_at'])) . '</td><td>'
            . (int) $h['connections'] . "</td></tr>\n";
    }
    return '<table class="datatable"><tr><th>Route</th><th>State</th><th>Failures</th><th>Refused</th>'
        . '<th>Last failure</th><th>Last success</th><th>Next call at</th><th>Kept connections</th></tr>' . "\n"
        . $rows . "</table>\n";
}
