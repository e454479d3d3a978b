--TEST--
Documentation: every relative link and anchor of README.md, CHANGELOG.md and docs/*.md resolves inside the repository, every repository path they name exists, none climbs out of the repository with ../, and README.md stays short
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
    /* A relative path that climbs out of the file's folder must land on
     * something the repository has: higher than its root, or on a name the
     * root lacks, it names what lies beside the repository, which a clone
     * does not have. */
    preg_match_all('~(?<![\w.])((?:\.\./)+)([\w.-]*)~', (string) file_get_contents(wo_docs_root() . "/$file"), $ups, PREG_SET_ORDER);
    foreach ($ups as [$path, $up, $name]) {
        $depth = substr_count($file, '/') - substr_count($up, '../');
        $base = implode('/', array_slice(explode('/', $file), 0, max($depth, 0)));
        if ($depth < 0 || !file_exists(wo_docs_root() . "/$base/$name")) {
            echo "$file: cites $path, outside the repository\n";
            break;
        }
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
