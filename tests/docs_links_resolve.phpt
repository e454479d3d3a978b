--TEST--
Documentation: every relative link and anchor of README.md, CHANGELOG.md and docs/*.md resolves inside the repository, every repository path they name exists, none cites ../shared, and README.md stays short
--SKIPIF--
<?php if (!is_dir(__DIR__ . '/../docs')) die('skip docs/ is not beside the tests (an installed package)'); ?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/docs.inc';

$files = wo_docs_files();
$links = 0;
foreach ($files as $file) {
    foreach (wo_docs_links($file) as $target) {
        $links++;
        $problem = wo_docs_link_problem($file, $target);
        if ($problem !== null) {
            echo "$file: ($target): $problem\n";
        }
    }
    foreach (wo_docs_missing_paths($file) as $path) {
        echo "$file: names $path, which is not in the repository\n";
    }
    if (str_contains((string) file_get_contents(wo_docs_root() . "/$file"), '../shared')) {
        echo "$file: cites ../shared, which is not in the repository\n";
    }
}
/* The pages README.md's table points to: every page of docs/ is reachable. */
$readme = wo_docs_links('README.md');
foreach ($files as $file) {
    if (str_starts_with($file, 'docs/') && !in_array($file, $readme, true)) {
        echo "README.md: no link to $file\n";
    }
}
$lines = substr_count((string) file_get_contents(wo_docs_root() . '/README.md'), "\n");
echo $lines <= 250 ? "README.md: at most 250 lines\n" : "README.md: $lines lines, over 250\n";
echo count($files) >= 10 && $links >= 50 ? "checked\n" : "only " . count($files) . " files, $links links\n";
?>
--EXPECT--
README.md: at most 250 lines
checked
