--TEST--
phpinfo() and php --ri say what an unset opensrs.endpoint means (the test host, or WHMCS's TestMode inside WHMCS) instead of "no value"; a set one is shown as set
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/php_child.inc';

function endpoint_row(string $info): string
{
    return preg_match('/^opensrs\.endpoint => (.*)$/m', $info, $m) ? $m[1] : 'no row';
}

ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
echo 'phpinfo(): ', endpoint_row($info), "\n";

ini_set('opensrs.endpoint', 'live');
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
echo 'phpinfo(), set to live here: ', endpoint_row($info), "\n";

foreach (['' => 'unset', 'live' => 'live in php.ini'] as $value => $label) {
    $cmd = [PHP_BINARY, '-n', ...wo_child_extension_args('whmcs_opensrs')];
    if ($value !== '') {
        array_push($cmd, '-d', "opensrs.endpoint=$value");
    }
    array_push($cmd, '--ri', 'whmcs_opensrs');
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    proc_close($proc);
    echo "php --ri, $label: ", endpoint_row($out), "\n";
}
?>
--EXPECT--
phpinfo(): test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS => test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS
phpinfo(), set to live here: live => test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS
php --ri, unset: test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS => test (https://horizon.opensrs.net:55443), or WHMCS's TestMode inside WHMCS
php --ri, live in php.ini: live => live
