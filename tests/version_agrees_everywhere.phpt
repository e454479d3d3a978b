--TEST--
Version: the module, phpinfo(), the User-Agent of both APIs (single and many calls), ext/version.h, package.xml (release, api, date; earlier releases in <changelog>), CHANGELOG.md, composer.json and the tarball the docs install all say the same
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../package.xml')) die('skip package.xml is not beside the tests (an installed package)'); ?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/opensrs.inc';
require __DIR__ . '/docs.inc';
$root = dirname(__DIR__);
$version = phpversion('whmcs_opensrs');
$same = static fn (string $what, ?string $says) => print($says === $version ? "$what: agrees\n" : "$what: says " . var_export($says, true) . "\n");

preg_match('/#define WO_VERSION "([^"]*)"/', file_get_contents("$root/ext/version.h"), $m);
$same('ext/version.h', $m[1] ?? null);

ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/^whmcs_opensrs support.*?^Version => ([^\n]*)$/ms', $info, $m);
$same('phpinfo()', $m[1] ?? null);

$xml = file_get_contents("$root/package.xml");
[$current, $history] = explode('<changelog>', $xml, 2) + [1 => ''];
preg_match('~<date>(.*?)</date>\s*<version>\s*<release>(.*?)</release>\s*<api>(.*?)</api>~', $current, $m);
[, $date, $release, $api] = $m + [null, null, null, null];
$same('package.xml release', $release);
$same('package.xml api', $api);

$changelog = file_get_contents("$root/CHANGELOG.md");
preg_match_all('/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/m', $changelog, $m, PREG_SET_ORDER);
$sections = array_column($m, 2, 1);
echo 'CHANGELOG.md: ', ($sections[$version] ?? null) === $date ? 'a section for it, dated as package.xml' : 'no section dated ' . $date, "\n";
preg_match_all('~<release>\s*<version>\s*<release>(.*?)</release>.*?<date>(.*?)</date>~s', $history, $m, PREG_SET_ORDER);
$earlier = array_column($m, 2, 1);
unset($sections[$version]);
echo 'package.xml <changelog>: ', $earlier === $sections && $earlier !== [] ? 'every earlier release of CHANGELOG.md' : json_encode($earlier), "\n";

$composer = json_decode(file_get_contents("$root/composer.json"), true, 16, JSON_THROW_ON_ERROR);
echo 'composer.json: ', isset($composer['version']) ? "says {$composer['version']}" : 'no version of its own (the release tag gives it)', "\n";

$named = [];
foreach (wo_docs_files() as $file) {
    preg_match_all('/whmcs_opensrs-(\d+\.\d+\.\d+)/', file_get_contents("$root/$file"), $m);
    $named = array_merge($named, $m[1]);
}
echo 'README.md and docs/: ', $named !== [] && array_unique($named) === [$version] ? 'install this version' : 'name ' . implode(', ', array_unique($named)), "\n";

$agent = "whmcs_opensrs/$version";
$whmcs = wo_whmcs_start(wo_whmcs_fixture());
WhmcsOpensrs\whmcs_api('GetUsers', [], $whmcs['options']);
echo 'User-Agent, WHMCS: ', wo_whmcs_last_request($whmcs)['user_agent'] === $agent ? 'agrees' : 'differs', "\n";
WhmcsOpensrs\whmcs_api_many(['a' => ['action' => 'GetUsers']], $whmcs['options']);
echo 'User-Agent, WHMCS many: ', wo_whmcs_last_request($whmcs)['user_agent'] === $agent ? 'agrees' : 'differs', "\n";
$opensrs = wo_opensrs_start();
$get = ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => 'example.com'],
        'extra' => ['domain' => 'example.com', 'username' => 'domainowner']];
WhmcsOpensrs\opensrs_request(...array_values($get), options: $opensrs['options']);
WhmcsOpensrs\opensrs_request_many(['a' => $get], $opensrs['options']);
$agents = array_column(wo_opensrs_state($opensrs['state'])['requests'], 'user_agent');
echo 'User-Agent, OpenSRS single and many: ', $agents === [$agent, $agent] ? 'agree' : json_encode($agents), "\n";
?>
--EXPECT--
ext/version.h: agrees
phpinfo(): agrees
package.xml release: agrees
package.xml api: agrees
CHANGELOG.md: a section for it, dated as package.xml
package.xml <changelog>: every earlier release of CHANGELOG.md
composer.json: no version of its own (the release tag gives it)
README.md and docs/: install this version
User-Agent, WHMCS: agrees
User-Agent, WHMCS many: agrees
User-Agent, OpenSRS single and many: agree
