--TEST--
Secrets: a server that echoes a password through htmlentities() (any document type, any quotes: &auml;, &excl;, &fjlig;, &NotEqual;) gets it masked in both APIs' messages, getResponse() and the module log
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/server.inc';
require __DIR__ . '/spellings.inc';

/* Non-ASCII, and the punctuation HTML5 has names for: ENT_HTML5 writes
 * "P&auml;ssw&ouml;rd&excl;&lpar;&euro;...&fjlig;...&NotEqual;x". */
$password = "Pässwörd!(€) \$%+&;/\\ fj\"'<>~😀≠x";
/* The server runs under valgrind too (-m traces children): no PCRE JIT. */
$url = wo_server_start(__DIR__ . '/servers/echo.php', ['ECHO_SECRET' => $password], ['pcre.jit=0']);

function report(string $label, callable $call, string $password): void
{
    $entries = [];
    try {
        $call(static function (array $entry) use (&$entries) { $entries[] = $entry; });
        echo "$label: no exception\n";
        return;
    } catch (WhmcsOpensrs\Exception $e) {
    }
    $views = ['message' => $e->getMessage(), 'trace' => $e->getTraceAsString(), 'log' => serialize($entries)];
    if (method_exists($e, 'getResponse')) {
        $views['getResponse()'] = serialize($e->getResponse());
    }
    $leaks = [];
    foreach ($views as $where => $text) {
        foreach (wo_spellings_in($text, [$password], 'wo_spellings_htmlentities') as $found) {
            $leaks[] = "$found in $where";
        }
    }
    echo "$label: ", get_class($e), ': ', $e->getMessage(), '; ',
        $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'nothing leaked', "\n";
}

foreach (array_keys(wo_spellings_htmlentities($password)) as $spelling) {
    $path = "$url/" . rawurlencode($spelling);
    report("$spelling, WHMCS JSON", static fn ($logger) => WhmcsOpensrs\whmcs_api('GetUsers', [],
        ['url' => "$path/whmcs_json/", 'identifier' => 'echo-identifier', 'secret' => $password,
         'timeout' => 20.0, 'logger' => $logger]), $password);
    report("$spelling, WHMCS page", static fn ($logger) => WhmcsOpensrs\whmcs_api('GetUsers', [],
        ['url' => "$path/whmcs_html/", 'identifier' => 'echo-identifier', 'secret' => $password,
         'timeout' => 20.0, 'logger' => $logger]), $password);
    report("$spelling, OpenSRS", static fn ($logger) => WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
        ['endpoint' => "$path/opensrs", 'reseller_username' => 'echo', 'api_key' => $password,
         'timeout' => 20.0, 'logger' => $logger]), $password);
}
?>
--EXPECT--
htmlentities ENT_HTML5|ENT_QUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML5|ENT_QUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_HTML5|ENT_QUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML5|ENT_COMPAT, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML5|ENT_COMPAT, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_HTML5|ENT_COMPAT, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML5|ENT_NOQUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML5|ENT_NOQUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_HTML5|ENT_NOQUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML401|ENT_QUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML401|ENT_QUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_HTML401|ENT_QUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML401|ENT_COMPAT, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML401|ENT_COMPAT, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_HTML401|ENT_COMPAT, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML401|ENT_NOQUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_HTML401|ENT_NOQUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_HTML401|ENT_NOQUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_XHTML|ENT_QUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_XHTML|ENT_QUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_XHTML|ENT_QUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_XHTML|ENT_COMPAT, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_XHTML|ENT_COMPAT, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_XHTML|ENT_COMPAT, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_XHTML|ENT_NOQUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_XHTML|ENT_NOQUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_XHTML|ENT_NOQUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_XML1|ENT_QUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_XML1|ENT_QUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_XML1|ENT_QUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_XML1|ENT_COMPAT, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_XML1|ENT_COMPAT, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_XML1|ENT_COMPAT, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
htmlentities ENT_XML1|ENT_NOQUOTES, WHMCS JSON: WhmcsOpensrs\WhmcsException: Rejected key ********.; nothing leaked
htmlentities ENT_XML1|ENT_NOQUOTES, WHMCS page: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"; nothing leaked
htmlentities ENT_XML1|ENT_NOQUOTES, OpenSRS: WhmcsOpensrs\OpensrsException: Rejected key ********.; nothing leaked
