--TEST--
phpinfo() shows the versions and every ini setting, with secrets masked
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs.secret=S3cr3t-whmcs-api-secret
whmcs.password=S3cr3t-whmcs-password
whmcs.access_key=S3cr3t-whmcs-access-key
opensrs.api_key=S3cr3t-opensrs-key
whmcs.identifier=ident-visible
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();

$start = strpos($info, "\nwhmcs_opensrs\n");
$section = substr($info, $start, 4000);

var_dump(str_contains($info, 'S3cr3t'));
var_dump((bool) preg_match('/^Version => \d+\.\d+\.\d+$/m', $section));
var_dump((bool) preg_match('/^libcurl => \d+\.\d+\.\d+ \(\S+/m', $section));
var_dump((bool) preg_match('/^libxml2 => \d+\.\d+\.\d+ \(compiled against \d+\.\d+\.\d+\)$/m', $section));
foreach (['whmcs.secret', 'whmcs.password', 'whmcs.access_key', 'opensrs.api_key'] as $name) {
    preg_match('/^' . preg_quote($name) . ' => (.*)$/m', $section, $m);
    echo $name, ': ', $m[1], "\n";
}
preg_match('/^whmcs.identifier => (.*)$/m', $section, $m);
echo 'whmcs.identifier: ', $m[1], "\n";
preg_match('/^opensrs.endpoint => (.*)$/m', $section, $m);
echo 'opensrs.endpoint: ', $m[1], "\n";
preg_match('/^opensrs.registrar => (.*)$/m', $section, $m);
echo 'opensrs.registrar: ', $m[1], "\n";
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
whmcs.secret: ******** => ********
whmcs.password: ******** => ********
whmcs.access_key: ******** => ********
opensrs.api_key: ******** => ********
whmcs.identifier: ident-visible => ident-visible
opensrs.endpoint: test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS => test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS
opensrs.registrar: opensrs => opensrs
