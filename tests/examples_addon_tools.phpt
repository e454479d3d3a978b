--TEST--
examples/addon: the whmcs_opensrs_tools addon module (config, activate, output) lists a client's users and a domain's sub-user and removes them through both APIs; a server that is down is named on the page, and the "Connection health" view and the dashboard widget (hooks.php) show health()
--EXTENSIONS--
whmcs_opensrs
--INI--
; the page is read with regular expressions: PCRE JIT code confuses valgrind (-m)
pcre.jit=0
opensrs.reseller_username=wo_reseller_rick
opensrs.api_key=KEY-9f2c71e0-never-print-me-OpenSRS
--FILE--
<?php
require __DIR__ . '/whmcs_fakes.inc';
[$whmcs, $opensrs] = wo_fake_whmcs_start();
/* The module's own setting names the endpoint here, over the ini's "live". */
ini_set('opensrs.endpoint', 'live');
require __DIR__ . '/../examples/addon/whmcs_opensrs_tools/whmcs_opensrs_tools.php';

$config = whmcs_opensrs_tools_config();
echo $config['name'], ' ', $config['version'], ': ', implode(', ', array_keys($config['fields'])), "\n";
echo json_encode(whmcs_opensrs_tools_activate()), "\n";
echo json_encode(whmcs_opensrs_tools_deactivate()), "\n";

$vars = ['modulelink' => 'addonmodules.php?module=whmcs_opensrs_tools', 'manager' => 'domainowner',
    'endpoint' => $opensrs['url'], 'version' => '1.0'];

/* One admin page view: the request, then what the page shows, as text. */
function page(array $vars, string $method, array $fields): string
{
    $_SERVER['REQUEST_METHOD'] = $method;
    $_GET = $method === 'GET' ? $fields : [];
    $_POST = $method === 'POST' ? $fields : [];
    $_REQUEST = $fields;
    ob_start();
    whmcs_opensrs_tools_output($vars);
    $html = ob_get_clean();
    $text = preg_replace_callback('~<form method="post".*?</form>~s', static function ($m) {
        preg_match_all('~name="(\w+)" value="([^"]*)"~', $m[0], $f, PREG_SET_ORDER);
        return '[' . implode(' ', array_map(static fn ($x) => "$x[1]=$x[2]", $f)) . ']';
    }, $html);
    $text = preg_replace('~<div class="alert alert-(\w+)">~', '($1) ', $text);
    $text = preg_replace('~<form method="get".*?</form>\n~s', '', $text);
    $text = str_replace(['</td><td>', '</th><th>'], ' | ', $text);
    return trim(html_entity_decode(strip_tags($text), ENT_QUOTES)) . "\n" . (str_contains($html, '<b>') ? "UNESCAPED\n" : '');
}

/* A user whose name is markup, to see it escaped. */
WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => '<b>Eve</b>', 'lastname' => 'Markup', 'email' => 'eve@example.net',
    'password2' => 'pw-EVE-1234'], $whmcs['options']);
WhmcsOpensrs\whmcs_api('CreateClientInvite', ['client_id' => 1, 'email' => 'eve@example.net', 'permissions' => 'profile'],
    $whmcs['options']);
$subId = wo_opensrs_add_subuser($opensrs, 'example.com', 'webdev');

echo "== the page with nothing asked\n", page($vars, 'GET', []);
echo "== client 1 and example.com\n", page($vars, 'GET', ['clientid' => '1', 'domain' => 'example.com']);
echo "== remove Uma\n", page($vars, 'POST', ['do' => 'remove_user', 'user_id' => '2', 'client_id' => '1', 'clientid' => '1']);
echo "== remove the owner\n", page($vars, 'POST', ['do' => 'remove_user', 'user_id' => '1', 'client_id' => '1', 'clientid' => '1']);
echo "== delete the sub-user\n", page($vars, 'POST', ['do' => 'delete_subuser', 'domain' => 'example.com', 'sub_id' => (string) $subId]);
echo "== delete it again\n", page($vars, 'POST', ['do' => 'delete_subuser', 'domain' => 'example.com', 'sub_id' => (string) $subId]);
echo "== a domain someone else manages, a name that is no domain\n";
echo page($vars, 'GET', ['domain' => 'other-owner.org']);
echo page($vars, 'POST', ['do' => 'delete_subuser', 'domain' => 'not a domain', 'sub_id' => '5']);
echo "== an unknown client, no management account set\n";
echo page(['manager' => ''] + $vars, 'GET', ['clientid' => '99', 'domain' => 'example.net']);
echo "tokens checked: ", $GLOBALS['wo_fake']['tokens_checked'], "\n";
echo wo_fake_module_log_report(), "\n";

/* OpenSRS goes down: its calls fail, then the circuit breaker fails them at
 * once, and the page says so above the results. */
require __DIR__ . '/breaker.inc';
$down = wo_outage_start('refuse');
/* Times and ports as words; the table's rows, which come in the order of
 * the routes' ports, sorted. */
$named = static function (string $text) use ($down, $whmcs, $opensrs): string {
    /* libcurl's own words after ours vary with its version. */
    $text = preg_replace(['/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/', '/in [\d.]+ s/', '/(could not connect): [^;|)\n]*[^;|)\n ]/'],
        ['TIME', 'in N s', '$1: LIBCURL'], $text);
    $lines = explode("\n", strtr($text, [$down['url'] => 'DOWN', $whmcs['url'] => 'WHMCS', $opensrs['url'] => 'OPENSRS',
        (string) $down['port'] => 'PORT']));
    $rows = array_filter($lines, static fn ($l) => preg_match('/^(DOWN|WHMCS|OPENSRS) \|/', $l));
    $sorted = array_values($rows);
    sort($sorted);
    foreach (array_keys($rows) as $i => $key) {
        $lines[$key] = $sorted[$i];
    }
    return implode("\n", $lines);
};
$downVars = ['endpoint' => $down['url']] + $vars;
echo "== OpenSRS down, three page views\n";
for ($i = 0; $i < 3; $i++) {
    echo $named(page($downVars, 'GET', ['domain' => 'example.com']));
}
echo "== the fourth\n", $named(page($downVars, 'GET', ['domain' => 'example.com']));
echo "== connection health\n", $named(page($vars, 'GET', ['view' => 'health']));

/* The dashboard widget, as WHMCS 7.9 and later run it. */
eval('namespace WHMCS\Module; abstract class AbstractWidget { abstract public function getData(); '
    . 'abstract public function generateOutput($data); }');
require __DIR__ . '/../examples/addon/whmcs_opensrs_tools/hooks.php';
$widget = $GLOBALS['wo_fake']['hooks']['AdminHomeWidgets'][0][1]();
$html = $widget->generateOutput($widget->getData());
echo "== the widget\n", $named(trim(html_entity_decode(strip_tags(str_replace(['</td><td>', '</th><th>', '</div>'],
    [' | ', ' | ', "</div>\n"], $html)), ENT_QUOTES))), "\n";
echo wo_fake_module_log_report(), "\n";
?>
--EXPECT--
whmcs_opensrs tools 1.0: manager, endpoint
{"status":"success","description":"whmcs_opensrs tools is active. Set the OpenSRS management account in its settings; the reseller credentials come from php.ini."}
{"status":"success","description":"whmcs_opensrs tools is inactive. It keeps no data."}
== the page with nothing asked

== client 1 and example.com
Users of client #1 (Olivia Owner, Active)
ID | Name | Email | 
1 | Olivia Owner | olivia.owner@example.net | owner
2 | Uma User | uma.user@example.net | [do=remove_user user_id=2 client_id=1 clientid=1]
4 | <b>Eve</b> Markup | eve@example.net | [do=remove_user user_id=4 client_id=1 clientid=1]

OpenSRS sub-user of example.com
ID | Username | Permission | 
2532880 | webdev | 2 | [do=delete_subuser domain=example.com sub_id=2532880]
== remove Uma
(success) User #2 no longer has access to client #1.
Users of client #1 (Olivia Owner, Active)
ID | Name | Email | 
1 | Olivia Owner | olivia.owner@example.net | owner
4 | <b>Eve</b> Markup | eve@example.net | [do=remove_user user_id=4 client_id=1 clientid=1]
== remove the owner
(danger) You cannot remove the account owner
Users of client #1 (Olivia Owner, Active)
ID | Name | Email | 
1 | Olivia Owner | olivia.owner@example.net | owner
4 | <b>Eve</b> Markup | eve@example.net | [do=remove_user user_id=4 client_id=1 clientid=1]
== delete the sub-user
(success) Sub-user #2532880 of example.com deleted: Command completed successfully
OpenSRS sub-user of example.com
ID | Username | Permission | 
No sub-user.
== delete it again
(danger) Sub-user 2532880 not found for domain example.com. (OpenSRS 480)
OpenSRS sub-user of example.com
ID | Username | Permission | 
No sub-user.
== a domain someone else manages, a name that is no domain
(danger) Permission denied: not owner. User 'domainowner' does not manage other-owner.org.
(danger) opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
(danger) Invalid data: 'not a domain' is not a valid domain name.
== an unknown client, no management account set
(danger) Client Not Found
(warning) Set the OpenSRS management account in the module settings.
tokens checked: 5
22 module log entries, module whmcs_opensrs, no secret logged
== OpenSRS down, three page views
(danger) could not connect: LIBCURL; the request was not sent
(danger) could not connect: LIBCURL; the request was not sent
(warning) DOWN is unavailable (open after 3 failures): calls to it fail at once until TIME. Last failure: could not connect: LIBCURL
(danger) could not connect: LIBCURL; the request was not sent
== the fourth
(warning) DOWN is unavailable (open after 3 failures): calls to it fail at once until TIME. Last failure: could not connect: LIBCURL
(danger) DOWN is unavailable: its circuit breaker is open after 3 consecutive failures, the last at TIME (WhmcsOpensrs\TransportException: could not connect: LIBCURL); the next call goes through at TIME (in N s); the request was not sent
== connection health
Connection health
Route | State | Failures | Refused | Last failure | Last success | Next call at | Kept connections
DOWN | open | 3 | 1 | TIME: TransportException: could not connect: LIBCURL | never | TIME | 0
OPENSRS | closed | 0 | 0 | none | TIME |  | 0
WHMCS | closed | 0 | 0 | none | TIME |  | 0
== the widget
DOWN is unavailable (open after 3 failures): calls to it fail at once until TIME. Last failure: could not connect: LIBCURL

Route | State | Failures | Refused | Last failure | Last success | Next call at | Kept connections
DOWN | open | 3 | 1 | TIME: TransportException: could not connect: LIBCURL | never | TIME | 0
OPENSRS | closed | 0 | 0 | none | TIME |  | 0
WHMCS | closed | 0 | 0 | none | TIME |  | 0
4 module log entries, module whmcs_opensrs, no secret logged