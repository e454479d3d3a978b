--TEST--
docs/upgrading.md's "Upgrading from 0.1" fix: 0.1-style calls to whmcs_api(), opensrs_request() and the codec helpers fail without it and work unchanged with its one use-function line
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../docs/upgrading.md')) die('skip docs/ is not beside the tests (an installed package)'); ?>
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());

/* Code written for 0.1: global calls, credentials in $options. */
$code01 = '
$options = ' . var_export($server['options'], true) . ';
echo count(whmcs_api("GetUsers", [], $options)["users"]), " users\n";
$xml = opensrs_ops_encode(["protocol" => "XCP", "action" => "lookup"]);
var_dump(opensrs_ops_decode($xml)["action"], strlen(opensrs_signature($xml, "k")));
try {
    opensrs_request("get", "subuser", [], [], ["endpoint" => "http://127.0.0.1:1", "reseller_username" => "r", "api_key" => "k", "connect_timeout" => 1]);
} catch (WhmcsOpensrs\TransportException $e) {
    echo "opensrs_request(): reached the transport\n";
}
var_dump(function_exists("delete_user_client"), function_exists("opensrs_delete_subuser"));
';

function run_file(string $php): void
{
    $file = tempnam(sys_get_temp_dir(), 'wo-upgrade-');
    file_put_contents($file, $php);
    try {
        require $file;
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    } finally {
        unlink($file);
    }
}

echo "-- as it was\n";
run_file("<?php\n$code01");

echo "-- with the line of docs/upgrading.md\n";
$page = file_get_contents(__DIR__ . '/../docs/upgrading.md');
$section = substr($page, strpos($page, '# Upgrading from 0.1'));
preg_match('/^use function WhmcsOpensrs\\\\.*;$/m', $section, $m);
echo $m[0], "\n";
run_file("<?php\n$m[0]\n$code01");
?>
--EXPECT--
-- as it was
Error: Call to undefined function whmcs_api()
-- with the line of docs/upgrading.md
use function WhmcsOpensrs\{whmcs_api, opensrs_request, opensrs_ops_encode, opensrs_ops_decode, opensrs_signature};
3 users
string(6) "lookup"
int(32)
opensrs_request(): reached the transport
bool(true)
bool(true)
