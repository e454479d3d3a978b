--TEST--
Secrets: phpinfo() shows whmcs.url and opensrs.endpoint without the user:password@ of HTTP basic auth
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs.url=https://basic-user:BASIC-pw-3fa1@billing.example.com/whmcs/
opensrs.endpoint=https://proxy-user:PROXY-pw-77e0@opensrs.example.net:55443/
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
foreach (['basic-user', 'BASIC-pw-3fa1', 'proxy-user', 'PROXY-pw-77e0'] as $part) {
    echo $part, ': ', str_contains($info, $part) ? 'SHOWN' : 'not shown', "\n";
}
preg_match('/^whmcs.url => (.*)$/m', $info, $m);
echo $m[1], "\n";
preg_match('/^opensrs.endpoint => (.*)$/m', $info, $m);
echo $m[1], "\n";
?>
--EXPECT--
basic-user: not shown
BASIC-pw-3fa1: not shown
proxy-user: not shown
PROXY-pw-77e0: not shown
https://billing.example.com/whmcs/ => https://billing.example.com/whmcs/
https://opensrs.example.net:55443/ => https://opensrs.example.net:55443/
