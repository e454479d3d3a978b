--TEST--
Secrets (WHMCS): a server that echoes the secret form-, JSON-, HTML- or XML-escaped (or mixed) gets it masked in the message, getResponse() and every field of the module log, and the excerpt withheld
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/server.inc';
require __DIR__ . '/spellings.inc';

/* Every character an escaping changes: '/', quotes, '&', '<', '>', a
 * space, '+', '%', a tab, and non-ASCII beyond the BMP too. */
$secret = "Sécr/et \"k&y\" <9> 'q' +%\t~*😀";
$url = wo_server_start(__DIR__ . '/servers/echo.php', ['ECHO_SECRET' => $secret]);

function call_and_report(string $url, array $options, array $secrets): void
{
    $entries = [];
    $options['logger'] = static function (array $entry) use (&$entries) { $entries[] = $entry; };
    try {
        WhmcsOpensrs\whmcs_api('GetUsers', [], $options + ['url' => $url, 'timeout' => 20.0]);
        echo "no exception\n";
        return;
    } catch (WhmcsOpensrs\Exception $e) {
    }
    $views = ['message' => $e->getMessage(), 'trace' => $e->getTraceAsString(),
              'log' => serialize($entries)];
    if ($e instanceof WhmcsOpensrs\WhmcsException) {
        $views['getResponse()'] = serialize($e->getResponse());
    }
    $leaks = [];
    foreach ($views as $where => $text) {
        foreach (wo_spellings_in($text, $secrets) as $found) {
            $leaks[] = "$found in $where";
        }
    }
    echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
    echo '  ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'nothing leaked', "\n";
}

$credentials = ['identifier' => 'echo-identifier', 'secret' => $secret];
foreach (array_keys(wo_spellings($secret)) as $spelling) {
    echo "$spelling, in JSON:\n";
    call_and_report("$url/" . rawurlencode($spelling) . '/whmcs_json/', $credentials, [$secret]);
}
foreach (['raw', 'JSON', 'HTML (&#039;)', 'hex references, padded', 'mixed'] as $spelling) {
    echo "$spelling, in an HTML page:\n";
    call_and_report("$url/" . rawurlencode($spelling) . '/whmcs_html/', $credentials, [$secret]);
}

/* Basic auth in the URL and the legacy login: the server quotes the
 * password it got, the Authorization header and the md5 in upper case. */
echo "basic auth and legacy login:\n";
$password = 'legacy-PASSWORD-31d7';
$basic = 'basic-PW/9e2&x';
call_and_report(str_replace('http://', 'http://basic:' . rawurlencode($basic) . '@', $url) . '/-/whmcs_auth/',
    ['username' => 'admin', 'password' => $password],
    [$password, md5($password), strtoupper(md5($password)), $basic, base64_encode("basic:$basic")]);
?>
--EXPECT--
raw, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
form (+), in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
form (%20), in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
form, lower-case hex, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
JSON, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
JSON, hex flags, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
JSON, every character \uXXXX, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
HTML (&#039;), in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
HTML5 (&apos;), in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
XML, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
decimal references, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
hex references, padded, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
mixed, in JSON:
  WhmcsOpensrs\WhmcsException: Rejected key ********.
  nothing leaked
raw, in an HTML page:
  WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
  nothing leaked
JSON, in an HTML page:
  WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
  nothing leaked
HTML (&#039;), in an HTML page:
  WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
  nothing leaked
hex references, padded, in an HTML page:
  WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
  nothing leaked
mixed, in an HTML page:
  WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
  nothing leaked
basic auth and legacy login:
  WhmcsOpensrs\WhmcsAuthException: Authentication Failed: ******** / Basic ******** / ********
  nothing leaked
