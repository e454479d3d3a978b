--TEST--
whmcs.proxy and opensrs.proxy: php.ini only, used by calls, shown in phpinfo() without the user name and password
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs.proxy=http://ini-proxy-user:INIPROXYPASS-w@127.0.0.1:1
opensrs.proxy=socks5h://ini-proxy-user:INIPROXYPASS-o@127.0.0.1:1
zend.exception_ignore_args=0
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
var_dump(str_contains($info, 'INIPROXYPASS'), str_contains($info, 'ini-proxy-user'));
foreach (['whmcs.proxy', 'opensrs.proxy'] as $name) {
    preg_match('/^' . preg_quote($name) . ' => (.*)$/m', $info, $m);
    echo $name, ': ', $m[1], "\n";
    echo $name, ' access ', ini_get_all('whmcs_opensrs')[$name]['access'] === (INI_SYSTEM | INI_PERDIR) ? 'system|perdir' : 'other', "\n";
    var_dump(ini_set($name, ''));
}

/* Port 1 of loopback: the proxy is down, and the message says so without
 * the credentials. */
$calls = [
    'whmcs' => fn () => WhmcsOpensrs\whmcs_api('GetUsers', [],
        ['url' => 'http://127.0.0.1:1/', 'identifier' => 'i', 'secret' => 's', 'timeout' => 5.0]),
    'opensrs' => fn () => WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
        ['endpoint' => 'https://127.0.0.1:1', 'reseller_username' => 'r', 'api_key' => 'k', 'timeout' => 5.0]),
];
foreach ($calls as $api => $call) {
    try {
        $call();
    } catch (WhmcsOpensrs\TransportException $e) {
        echo "$api: ", $e->getMessage(), "\n";
        $all = (string) $e . print_r($e, true);
        var_dump(str_contains($all, 'INIPROXYPASS') || str_contains($all, 'ini-proxy-user'));
    }
}
?>
--EXPECTF--
bool(false)
bool(false)
whmcs.proxy: http://127.0.0.1:1 => http://127.0.0.1:1
whmcs.proxy access system|perdir
bool(false)
opensrs.proxy: socks5h://127.0.0.1:1 => socks5h://127.0.0.1:1
opensrs.proxy access system|perdir
bool(false)
whmcs: could not connect to the proxy: %s
bool(false)
opensrs: could not connect to the proxy: %s
bool(false)
