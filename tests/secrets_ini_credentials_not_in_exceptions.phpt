--TEST--
Secrets: credentials from ini settings stay out of messages, traces and string forms, even when the server repeats them
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
whmcs.identifier=ini-identifier-visible
whmcs.secret=SECRET-ini-whmcs-61c2a7
whmcs.username=ini-admin-visible
whmcs.password=PASSWORD-ini-whmcs-09f3b1
whmcs.access_key=ACCESSKEY-ini-whmcs-5d70e4
opensrs.reseller_username=ini-reseller-visible
opensrs.api_key=APIKEY-ini-opensrs-c81e22
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

$secrets = [];
foreach (['SECRET-ini-whmcs-61c2a7', 'PASSWORD-ini-whmcs-09f3b1', md5('PASSWORD-ini-whmcs-09f3b1'),
          'ACCESSKEY-ini-whmcs-5d70e4', 'APIKEY-ini-opensrs-c81e22'] as $secret) {
    $secrets[] = $secret;
    $secrets[] = urlencode($secret);
}

/*
 * Servers that repeat what they were sent: an HTML error page quoting the
 * request body, and a WHMCS error whose fields quote the request. Both
 * credential sets of WHMCS are tried: API credentials, and the legacy login
 * (identifier unset), whose password goes out as its md5. The OpenSRS key
 * never goes out, only the signature made with it.
 *
 * getResponse() is the server's answer as it came, so var_dump() of a
 * WhmcsException shows whatever the server repeated: only the message, the
 * trace and the string form (what an uncaught exception logs) are checked
 * there. Exceptions without a response are checked in var_dump() too.
 */
foreach (['html_500', 'echo_credentials'] as $mode) {
    $server = wo_fault_start($mode);
    foreach (['api credentials' => [], 'legacy login' => ['identifier' => '']] as $login => $more) {
        $options = ['url' => $server['url'], 'timeout' => 5.0] + $more;
        try {
            WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], $options);
            $e = null;
        } catch (Throwable $e) {
        }
        $leaks = wo_fault_leaks($e, $secrets);
        if ($e instanceof WhmcsOpensrs\WhmcsException) {
            $leaks = array_filter($leaks, static fn ($where) => !preg_match('/in (var_dump|print_r)$/', $where));
        }
        echo "whmcs, $mode, $login: ", get_class($e), ': ', $e->getMessage(), "\n";
        echo '  secrets: ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'none leaked', "\n";
    }
    try {
        WhmcsOpensrs\opensrs_request('get', 'balance', [], [], ['endpoint' => $server['url'], 'timeout' => 5.0]);
        $e = null;
    } catch (Throwable $e) {
    }
    $leaks = wo_fault_leaks($e, $secrets);
    echo "opensrs, $mode: ", get_class($e), ': ', $e->getMessage(), "\n";
    echo '  secrets: ', $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'none leaked', "\n";
}
?>
--EXPECTF--
whmcs, html_500, api credentials: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
  secrets: none leaked
whmcs, html_500, legacy login: WhmcsOpensrs\ProtocolException: WHMCS answered with something other than JSON (HTTP 500): "[excerpt withheld: the body repeats a credential]"
  secrets: none leaked
opensrs, html_500: WhmcsOpensrs\ProtocolException: OpenSRS answered HTTP 500 with no OPS envelope: the root element is <html>, not <OPS_envelope>
  secrets: none leaked
whmcs, echo_credentials, api credentials: WhmcsOpensrs\WhmcsAuthException: Authentication Failed
  secrets: none leaked
whmcs, echo_credentials, legacy login: WhmcsOpensrs\WhmcsAuthException: Authentication Failed
  secrets: none leaked
opensrs, echo_credentials: WhmcsOpensrs\OpensrsException: Signature %x rejected
  secrets: none leaked
