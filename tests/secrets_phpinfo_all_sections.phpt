--TEST--
Secrets: phpinfo() (every section) and ReflectionExtension::info() show no secret ini value, before or after calls
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
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

$secrets = ['SECRET-ini-whmcs-61c2a7', 'PASSWORD-ini-whmcs-09f3b1', 'ACCESSKEY-ini-whmcs-5d70e4',
            'APIKEY-ini-opensrs-c81e22', md5('PASSWORD-ini-whmcs-09f3b1')];

function show(string $when, array $secrets): void
{
    ob_start();
    phpinfo();
    $all = ob_get_clean();
    ob_start();
    (new ReflectionExtension('whmcs_opensrs'))->info();
    $section = ob_get_clean();
    foreach (['phpinfo()' => $all, 'ReflectionExtension::info()' => $section] as $where => $text) {
        $shown = array_filter($secrets, static fn ($s) => str_contains($text, $s));
        echo "$when, $where: ", $shown ? count($shown) . ' secret(s) shown' : 'no secret shown', "\n";
    }
    /* Each secret setting is there, masked; the names beside them are not secrets. */
    echo "$when, masked settings: ", preg_match_all('/^(whmcs\.(secret|password|access_key)|opensrs\.api_key) => \*{8} => \*{8}$/m', $section), "\n";
    echo "$when, identifier shown: ", str_contains($section, 'ini-identifier-visible') ? 'yes' : 'no', "\n";
}

/* run-tests.php hands the --INI-- settings above, secrets included, to the
 * test in the environment variable TEST_PHP_EXTRA_ARGS, which phpinfo()
 * prints. That is the harness, not the extension: drop it. */
putenv('TEST_PHP_EXTRA_ARGS');
unset($_SERVER['TEST_PHP_EXTRA_ARGS'], $_ENV['TEST_PHP_EXTRA_ARGS']);

show('before', $secrets);

/* Calls that use the ini credentials and fail: nothing they do may leave a
 * secret where phpinfo() looks (environment, runtime ini values). */
$server = wo_fault_start('html_500');
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $server['url'], 'timeout' => 5.0]);
} catch (WhmcsOpensrs\Exception $e) {
    echo get_class($e), "\n";
}
try {
    WhmcsOpensrs\opensrs_request('get', 'balance', [], [], ['endpoint' => $server['url'], 'timeout' => 5.0]);
} catch (WhmcsOpensrs\Exception $e) {
    echo get_class($e), "\n";
}

show('after', $secrets);
?>
--EXPECT--
before, phpinfo(): no secret shown
before, ReflectionExtension::info(): no secret shown
before, masked settings: 4
before, identifier shown: yes
WhmcsOpensrs\ProtocolException
WhmcsOpensrs\ProtocolException
after, phpinfo(): no secret shown
after, ReflectionExtension::info(): no secret shown
after, masked settings: 4
after, identifier shown: yes
