--TEST--
ini: an invalid URL setting (whmcs.url, opensrs.endpoint, whmcs.proxy, opensrs.proxy: a scheme typo, a leading space) is refused at startup with a warning that never quotes it, since a URL may hold user:password@, nor does any setting's warning quote a URL written into it by mistake; a value that cannot hold one is still quoted; ini_set() of one returns false
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs.url=" https://basic:WHMCS-pw-4b2@billing.example.com/"
whmcs.transport="https://basic:TRANSPORT-pw-4e5@billing.example.com/"
whmcs.timeout="user:TIMEOUT-pw-4f6"
whmcs.proxy="htp://proxyuser:PROXY-pw-4c3@127.0.0.1:3128"
opensrs.endpoint="htps://rick:ENDPOINT-pw-4a1@opensrs.example.net:55443/"
opensrs.proxy="http://proxyuser:PROXY-pw-4d4@"
--FILE--
<?php
foreach (['whmcs.url', 'whmcs.proxy', 'opensrs.endpoint', 'opensrs.proxy'] as $name) {
    echo "$name = ", json_encode(ini_get($name)), "\n";
}
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
echo str_contains($info, '-pw-') ? "phpinfo() SHOWS A PASSWORD\n" : "phpinfo() shows no password\n";

/* At run time PHP reports a refused value by ini_set()'s false alone. */
foreach (['whmcs.url' => ' https://basic:WHMCS-pw-5a1@billing.example.com/',
          'opensrs.endpoint' => 'htps://rick:ENDPOINT-pw-5b2@opensrs.example.net/'] as $name => $value) {
    echo "$name: ", var_export(ini_set($name, $value), true), ', still ', json_encode(ini_get($name)), "\n";
}
echo "opensrs.endpoint: ", var_export(ini_set('opensrs.endpoint', 'staging'), true), "\n";
?>
--EXPECT--
Warning: Invalid "whmcs.url" setting (not shown: a URL may hold a password): it must be a URL that parses, with any "/", "?", "#" or "@" in its user name or password written as %2F, %3F, %23 or %40; the default (empty) is used in Unknown on line 0

Warning: Invalid "whmcs.transport" setting (not shown: a URL may hold a password): it must be auto, http or local; the default "auto" is used in Unknown on line 0

Warning: Invalid "whmcs.timeout" setting (not shown: a URL may hold a password): it must be a number of seconds greater than 0; the default "30" is used in Unknown on line 0

Warning: Invalid "whmcs.proxy" setting (not shown: a URL may hold a password): it must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host; the default (empty) is used in Unknown on line 0

Warning: Invalid "opensrs.endpoint" setting (not shown: a URL may hold a password): it must be test, live or an http(s) URL; the default (empty) is used in Unknown on line 0

Warning: Invalid "opensrs.proxy" setting (not shown: a URL may hold a password): it must be a proxy URL: http://, https://, socks4://, socks4a://, socks5:// or socks5h://, then the host; the default (empty) is used in Unknown on line 0
whmcs.url = ""
whmcs.proxy = ""
opensrs.endpoint = ""
opensrs.proxy = ""
phpinfo() shows no password
whmcs.url: false, still ""
opensrs.endpoint: false, still ""
opensrs.endpoint: false
