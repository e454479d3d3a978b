<?php
/*
 * Writes package.xml from the files git tracks, so the pecl tarball always
 * carries every source and test file. Run: php scripts/package_xml.php
 * (--check exits 1 when the committed package.xml is out of date).
 */
declare(strict_types=1);

const RELEASE_DATE = '2026-11-25';
const RELEASE_NOTES = 'First release: OPS codec, OpenSRS signature, WHMCS and OpenSRS calls over libcurl.';

chdir(dirname(__DIR__));
preg_match('/#define WO_VERSION "([^"]+)"/', file_get_contents('ext/version.h'), $m);
$version = $m[1];

/* Roles: sources build the module, tests run with `pecl run-tests`. */
function role_of(string $path): ?string
{
    return match (true) {
        $path === 'config.m4', $path === 'config.w32', str_starts_with($path, 'ext/') => 'src',
        str_starts_with($path, 'tests/') => 'test',
        /* examples/ ships too: its PHPT tests include the files. The IDE
         * stubs land in pecl's doc_dir, where an IDE can be pointed at them,
         * beside the reference in docs/. */
        in_array($path, ['README.md', 'LICENSE', 'CHANGELOG.md'], true), str_starts_with($path, 'examples/'),
            str_starts_with($path, 'stubs/'), str_starts_with($path, 'docs/') => 'doc',
        default => null,
    };
}

$files = array_filter(explode("\n", trim((string) shell_exec('git ls-files --cached --others --exclude-standard'))));
$tree = [];
foreach ($files as $path) {
    $role = role_of($path);
    if ($role === null) {
        continue;
    }
    $node = &$tree;
    $parts = explode('/', $path);
    $base = array_pop($parts);
    foreach ($parts as $dir) {
        $node[$dir] ??= [];
        $node = &$node[$dir];
    }
    $node[$base] = $role;
    unset($node);
}

function render(array $tree, int $indent): string
{
    ksort($tree, SORT_STRING);
    $pad = str_repeat(' ', $indent);
    $out = '';
    foreach ($tree as $name => $child) {
        $name = htmlspecialchars((string) $name, ENT_XML1 | ENT_QUOTES);
        if (is_array($child)) {
            $out .= "$pad<dir name=\"$name\">\n" . render($child, $indent + 1) . "$pad</dir>\n";
        } else {
            $out .= "$pad<file name=\"$name\" role=\"$child\"/>\n";
        }
    }
    return $out;
}

$contents = render($tree, 3);
$notes = htmlspecialchars(RELEASE_NOTES, ENT_XML1);
$date = RELEASE_DATE;
$xml = <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <name>whmcs_opensrs</name>
 <channel>pecl.php.net</channel>
 <summary>Native client for the WHMCS API and the OpenSRS XCP API</summary>
 <description>
A PHP extension in C for WHMCS hooks and modules that call the WHMCS API and
the OpenSRS XCP API: delete_user_client(), WhmcsOpensrs\whmcs_api(), opensrs_delete_subuser(),
WhmcsOpensrs\opensrs_request(), and the OPS XML codec and request signature on their own.
HTTP by libcurl, XML by libxml2 (SAX2, no DOM), JSON by ext/json.
 </description>
 <lead>
  <name>whmcs_opensrs developers</name>
  <user>whmcs_opensrs</user>
  <email>whmcs_opensrs@php.net</email>
  <active>yes</active>
 </lead>
 <date>$date</date>
 <version>
  <release>$version</release>
  <api>$version</api>
 </version>
 <stability>
  <release>beta</release>
  <api>beta</api>
 </stability>
 <license filesource="LICENSE">BSD-2-Clause</license>
 <notes>
$notes
 </notes>
 <contents>
  <dir name="/">
$contents  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.1.0</min>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
   <extension>
    <name>libxml</name>
   </extension>
   <extension>
    <name>json</name>
   </extension>
  </required>
 </dependencies>
 <providesextension>whmcs_opensrs</providesextension>
 <extsrcrelease/>
</package>

XML;

if (in_array('--check', $argv, true)) {
    if (!is_file('package.xml') || file_get_contents('package.xml') !== $xml) {
        fwrite(STDERR, "package.xml is out of date: run php scripts/package_xml.php\n");
        exit(1);
    }
    exit(0);
}
file_put_contents('package.xml', $xml);
echo "package.xml: version $version, ", substr_count($xml, '<file '), " files\n";
