--TEST--
A URL whose user name or password holds a raw "#", "?", "/" or "@" (which libcurl and PHP's parser refuse, or read as another host) is refused unquoted: at startup for whmcs.url and opensrs.endpoint, by ini_set(), and as a ValueError for the url, endpoint and proxy options; phpinfo() and the logger's url never show such a password; written as %23, %3F, %2F, %40 it is taken, shown nowhere, and masked wherever it is echoed
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs.url="https://basic:Pw#whmcs-6a1@billing.example.com/"
opensrs.endpoint="https://rick:8080#ep-6b2@opensrs.example.net/"
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/opensrs.inc';

function shown(string $text, array $secrets): string
{
    $found = array_filter($secrets, fn ($s) => str_contains($text, $s));
    return $found ? 'SHOWN: ' . implode(', ', $found) : 'nothing shown';
}

$passwords = ['Pw#whmcs-6a1', '8080#ep-6b2'];
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/^whmcs.url => (.*)$/m', $info, $m);
echo 'phpinfo() whmcs.url: ', $m[1], "\n";
preg_match('/^opensrs.endpoint => (.*)$/m', $info, $m);
echo 'phpinfo() opensrs.endpoint: ', $m[1], "\n";
echo 'phpinfo(): ', shown($info, $passwords), "\n";

$whmcs = wo_whmcs_start(wo_whmcs_fixture());
$opensrs = wo_opensrs_start();
$whmcsPort = parse_url($whmcs['url'], PHP_URL_PORT);
$opensrsPort = parse_url($opensrs['url'], PHP_URL_PORT);
$entries = [];
$logger = function (array $entry) use (&$entries) {
    $entries[] = $entry;
};

$raw = ['#' => 'Pw#raw-7a1', '?' => 'Pw?raw-7b2', '/' => 'Pw/raw-7c3', '@' => 'Pw@raw-7d4', '8080#' => '8080#raw-7e5'];
foreach ($raw as $char => $password) {
    $passwords[] = $password;
    $attempts = [
        'ini whmcs.url' => fn () => ini_set('whmcs.url', "https://basic:$password@billing.example.com/"),
        'ini opensrs.endpoint' => fn () => ini_set('opensrs.endpoint', "https://rick:$password@opensrs.example.net/"),
        'option url' => fn () => WhmcsOpensrs\whmcs_api('GetUsers', [],
            ['url' => "http://basic:$password@127.0.0.1:$whmcsPort/", 'logger' => $logger] + $whmcs['options']),
        'option endpoint' => fn () => WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
            ['endpoint' => "http://rick:$password@127.0.0.1:$opensrsPort/", 'logger' => $logger] + $opensrs['options']),
        'option proxy' => fn () => WhmcsOpensrs\whmcs_api('GetUsers', [],
            ['proxy' => "http://proxy:$password@127.0.0.1:1", 'logger' => $logger] + $whmcs['options']),
    ];
    foreach ($attempts as $label => $attempt) {
        try {
            $outcome = var_export($attempt(), true);
        } catch (Throwable $e) {
            $outcome = get_class($e) . ': ' . $e->getMessage();
        }
        echo "$char, $label: ", str_replace([(string) $whmcsPort, (string) $opensrsPort], 'PORT', $outcome),
            ' (', shown($outcome, $passwords), ")\n";
    }
}
echo 'logged: ', count($entries), "\n";

/* Written escaped, the same passwords are taken: the logger's url has no
 * userinfo, and the password is masked where a server echoes it. */
$escaped = 'Pw%23%3F%2F%40%25x-8a1';
$decoded = rawurldecode($escaped);
$passwords[] = $decoded;
$passwords[] = $escaped;
WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => "http://basic:$escaped@127.0.0.1:$whmcsPort/", 'logger' => $logger]
    + $whmcs['options']);
echo 'escaped, logger url: ', str_replace((string) $whmcsPort, 'PORT', $entries[0]['url']), "\n";
echo 'escaped, ini_set whmcs.url: ', var_export(ini_set('whmcs.url', "https://basic:$escaped@billing.example.com/"), true), "\n";
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/^whmcs.url => (.*)$/m', $info, $m);
echo 'phpinfo() whmcs.url: ', $m[1], ' (', shown($info, $passwords), ")\n";
ini_restore('whmcs.url');

/* A server that echoes the password, as sent in the URL, decoded, or in
 * the Basic authorization libcurl made of it; a raw "%" is no escape. */
foreach (['basic' => $escaped, 'ops' => 'Pw%zz-raw%-8b2'] as $user => $password) {
    $plain = rawurldecode($password);
    $passwords[] = $plain;
    $echo = "echo: $password, $plain, " . base64_encode("$user:$plain");
    wo_whmcs_update($whmcs, ['mode' => 'canned', 'canned' => ['status' => 200,
        'body_base64' => base64_encode(json_encode(['result' => 'error', 'message' => $echo]))]]);
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => "http://$user:$password@127.0.0.1:$whmcsPort/", 'logger' => $logger]
            + $whmcs['options']);
    } catch (WhmcsOpensrs\WhmcsException $e) {
        echo "echoed to $user: ", $e->getMessage(), ', logger url: ', str_replace((string) $whmcsPort, 'PORT', end($entries)['url']),
            ', log: ', shown(json_encode(end($entries)), [$password, $plain]), "\n";
    }
}
wo_whmcs_update($whmcs, ['mode' => null]);

/* In-process, the url goes nowhere, but its password is still masked
 * wherever it appears, whatever characters it holds. */
function localAPI(string $command, array $postData, string $adminUser = ''): array
{
    return ['result' => 'error', 'message' => 'echo: ' . $GLOBALS['echo']];
}
foreach (['Pw/in#?local-9a1', 'Pw@in@local-9b2', 'Pw%in%local-9c3'] as $n => $password) {
    $GLOBALS['echo'] = $password;
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], ['transport' => 'local', 'url' => "https://basic:$password@billing.example.com/",
            'logger' => $logger]);
    } catch (WhmcsOpensrs\WhmcsException $e) {
        echo "in-process #$n: ", $e->getMessage() === 'echo: ********' ? 'masked' : 'NOT MASKED: ' . $e->getMessage(),
            ', log: ', shown(json_encode(end($entries)), [$password]), "\n";
    }
}
echo 'log: ', shown(serialize($entries), $passwords), "\n";
?>
--EXPECTF--
Warning: Invalid "whmcs.url" setting (not shown: a URL may hold a password): it must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40; the default (empty) is used in Unknown on line 0

Warning: Invalid "opensrs.endpoint" setting (not shown: a URL may hold a password): it must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40; the default (empty) is used in Unknown on line 0
phpinfo() whmcs.url: no value => no value
phpinfo() opensrs.endpoint: test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS => test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS
phpinfo(): nothing shown
#, ini whmcs.url: false (nothing shown)
#, ini opensrs.endpoint: false (nothing shown)
#, option url: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
#, option endpoint: ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "endpoint" (or opensrs.endpoint) must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
#, option proxy: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "proxy" (or whmcs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host (nothing shown)
?, ini whmcs.url: false (nothing shown)
?, ini opensrs.endpoint: false (nothing shown)
?, option url: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
?, option endpoint: ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "endpoint" (or opensrs.endpoint) must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
?, option proxy: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "proxy" (or whmcs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host (nothing shown)
/, ini whmcs.url: false (nothing shown)
/, ini opensrs.endpoint: false (nothing shown)
/, option url: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
/, option endpoint: ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "endpoint" (or opensrs.endpoint) must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
/, option proxy: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "proxy" (or whmcs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host (nothing shown)
@, ini whmcs.url: false (nothing shown)
@, ini opensrs.endpoint: false (nothing shown)
@, option url: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
@, option endpoint: ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "endpoint" (or opensrs.endpoint) must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
@, option proxy: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "proxy" (or whmcs.proxy) must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host (nothing shown)
8080#, ini whmcs.url: false (nothing shown)
8080#, ini opensrs.endpoint: false (nothing shown)
8080#, option url: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "url" must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
8080#, option endpoint: ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "endpoint" (or opensrs.endpoint) must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
8080#, option proxy: ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "proxy" (or whmcs.proxy) must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40 (nothing shown)
logged: 0
escaped, logger url: http://127.0.0.1:PORT/includes/api.php
escaped, ini_set whmcs.url: ''
phpinfo() whmcs.url: https://billing.example.com/ => no value (nothing shown)
echoed to basic: echo: ********, ********, ********, logger url: http://127.0.0.1:PORT/includes/api.php, log: nothing shown
echoed to ops: echo: ********, ********, ********, logger url: http://127.0.0.1:PORT/includes/api.php, log: nothing shown
in-process #0: masked, log: nothing shown
in-process #1: masked, log: nothing shown
in-process #2: masked, log: nothing shown
log: nothing shown
