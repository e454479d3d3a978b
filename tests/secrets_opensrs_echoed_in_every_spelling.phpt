--TEST--
Secrets (OpenSRS): a reply that echoes the api_key form-, JSON-, HTML- or XML-escaped (or mixed) gets it masked in the message, getResponse() and every field of the module log
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/server.inc';
require __DIR__ . '/spellings.inc';

$key = "Ké/y \"k&y\" <9> 'q' +%\t~*😀";
$url = wo_server_start(__DIR__ . '/servers/echo.php', ['ECHO_SECRET' => $key]);

foreach (array_keys(wo_spellings($key)) as $spelling) {
    $entries = [];
    $options = ['endpoint' => "$url/" . rawurlencode($spelling) . '/opensrs', 'reseller_username' => 'echo',
                'api_key' => $key, 'timeout' => 20.0,
                'logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }];
    try {
        WhmcsOpensrs\opensrs_request('get', 'balance', [], [], $options);
        echo "$spelling: no exception\n";
        continue;
    } catch (WhmcsOpensrs\Exception $e) {
    }
    $views = ['message' => $e->getMessage(), 'trace' => $e->getTraceAsString(), 'log' => serialize($entries),
              'getResponse()' => serialize($e->getResponse())];
    $leaks = [];
    foreach ($views as $where => $text) {
        foreach (wo_spellings_in($text, [$key]) as $found) {
            $leaks[] = "$found in $where";
        }
    }
    echo "$spelling: ", get_class($e), ': ', $e->getMessage(), ' (', $e->getCode(), '); ',
        $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'nothing leaked', "\n";
}
?>
--EXPECT--
raw: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
form (+): WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
form (%20): WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
form, lower-case hex: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
JSON: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
JSON, hex flags: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
JSON, every character \uXXXX: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
HTML (&#039;): WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
HTML5 (&apos;): WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
XML: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
decimal references: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
hex references, padded: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
mixed: WhmcsOpensrs\OpensrsException: Rejected key ********. (400); nothing leaked
