<?php
/*
 * Writes package.xml from the files git tracks, so the pecl tarball always
 * carries every source and test file. Run: php scripts/package_xml.php
 * (--check exits 1 when the committed package.xml is out of date).
 *
 * The version is WO_VERSION of ext/version.h; the date and notes of each
 * release are its section of CHANGELOG.md ("## [0.2.0] - 2026-12-06"): the
 * current one for <date> and <notes>, the earlier ones for <changelog>.
 */
declare(strict_types=1);

chdir(dirname(__DIR__));
preg_match('/#define WO_VERSION "([^"]+)"/', file_get_contents('ext/version.h'), $m);
$version = $m[1];

/* version => [date, notes as plain text], newest first. */
function changelog_releases(string $markdown): array
{
    preg_match_all('/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})\n(.*?)(?=^## |\z)/ms', $markdown, $m, PREG_SET_ORDER);
    $releases = [];
    foreach ($m as [, $release, $date, $body]) {
        $text = preg_replace('/\[([^\]]+)\]\([^)]*\)/', '$1', $body);
        $text = preg_replace('/^### (.*)$/m', '$1:', str_replace('**', '', $text));
        $releases[$release] = [$date, trim($text)];
    }
    return $releases;
}

$releases = changelog_releases(file_get_contents('CHANGELOG.md'));
if (!isset($releases[$version])) {
    fwrite(STDERR, "CHANGELOG.md has no \"## [$version] - YYYY-MM-DD\" section for ext/version.h's version\n");
    exit(1);
}
[$date, $notes] = $releases[$version];
$notes = htmlspecialchars($notes, ENT_XML1);
/* <version> and <stability> of a release, as the package and each <changelog> entry write them. */
$release_of = static fn (string $release, string $pad): string => implode("\n", array_map(
    static fn (string $line): string => $pad . $line,
    ['<version>', " <release>$release</release>", " <api>$release</api>", '</version>',
     '<stability>', ' <release>beta</release>', ' <api>beta</api>', '</stability>']));
$changelog = '';
foreach (array_slice($releases, array_search($version, array_keys($releases), true) + 1, null, true) as $old => [$oldDate, $oldNotes]) {
    $oldNotes = htmlspecialchars($oldNotes, ENT_XML1);
    $changelog .= <<<XML
  <release>
{$release_of($old, '   ')}
   <date>$oldDate</date>
   <license filesource="LICENSE">BSD-2-Clause</license>
   <notes>
$oldNotes
   </notes>
  </release>

XML;
}

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
{$release_of($version, ' ')}
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
 <changelog>
$changelog </changelog>
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
