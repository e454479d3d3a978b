--TEST--
Documentation: every PHP block of README.md and docs/*.md runs as printed against the bundled WHMCS and OpenSRS servers (outside WHMCS, or inside it with its hooks run), with no uncaught error, no warning and the output shown after it; declarations match the module
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (!is_dir(__DIR__ . '/../docs')) die('skip docs/ is not beside the tests (an installed package)'); ?>
--INI--
pcre.jit=0
whmcs.identifier=wo-ident-D41c9b
whmcs.secret=wo-SECRET-7f3e1a9c5d
opensrs.reseller_username=myreseller
opensrs.api_key=0123456789abcdef0123456789abcdef
--FILE--
<?php
/*
 * php.ini here is what the docs tell a reader to write (reseller
 * "myreseller", WHMCS API credentials); whmcs.url and opensrs.endpoint
 * point at the bundled servers, whose state is as it was at the start
 * before every block: the demo account of tests/servers/whmcs_state.inc,
 * and a sub-user 2532880 on example.com at OpenSRS.
 */
require __DIR__ . '/docs.inc';
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/opensrs.inc';

$whmcs = wo_whmcs_start(wo_whmcs_fixture());
if ([WO_WHMCS_IDENTIFIER, WO_WHMCS_SECRET] !== [ini_get('whmcs.identifier'), ini_get('whmcs.secret')]) {
    echo "--INI-- does not hold the bundled WHMCS server's credentials\n";
}
$subuser = ['id' => 2532880, 'username' => 'webdev', 'password' => 'pw-2532880', 'permission' => 2];
$opensrs = wo_opensrs_start(['reseller' => ini_get('opensrs.reseller_username'), 'key' => ini_get('opensrs.api_key'),
    'state' => ['domains' => ['example.com' => ['owner' => 'domainowner', 'subuser' => $subuser]]
        + xcp_initial_state()['domains'], 'next_sub_id' => 2532881]]);
$initial = [$whmcs['state'] => file_get_contents($whmcs['state']), $opensrs['state'] => file_get_contents($opensrs['state'])];
$reset = static function () use ($initial): void {
    foreach ($initial as $path => $state) {
        file_put_contents($path, $state);
    }
};
ini_set('whmcs.url', $whmcs['url']);
ini_set('opensrs.endpoint', $opensrs['url']);
/* error_log() in a block's catch goes to a file, not into this output. */
ini_set('error_log', wo_temp_file('wo-docs-error-log-'));

$blocks = wo_docs_php_blocks();
$count = ['ran' => 0, 'signatures' => 0, 'not run' => 0];
$report = static function (array $block, array $problems) {
    foreach ($problems as $problem) {
        echo "{$block['file']}:{$block['line']}: $problem\n";
    }
};
$inside = [];
foreach ($blocks as $block) {
    if (($refusal = wo_docs_block_refusal($block)) !== null) {
        $report($block, [$refusal]);
    } elseif ($block['mode'] === 'signature') {
        $report($block, wo_docs_signature_problems($block['code']));
        $count['signatures']++;
    } elseif ($block['mode'] === 'not-run') {
        $count['not run']++;
    } elseif ($block['mode'] === 'run') {
        $reset();
        $report($block, wo_docs_run_block($block));
        $count['ran']++;
    } else {
        $inside[] = $block;
    }
}

/* Inside WHMCS: its functions (tests/whmcs_fakes.inc, localAPI() going to
 * the bundled server), and no whmcs.url, so that calls go in-process. */
require __DIR__ . '/whmcs_fakes.inc';
$GLOBALS['wo_fake']['options'] = $whmcs['options'];
ini_set('whmcs.url', '');
foreach ($inside as $block) {
    $reset();
    $after = null;
    if ($block['mode'] === 'whmcs-hook') {
        [$point, $vars] = array_pad(explode(' ', $block['arg'], 2), 2, '{}');
        $vars = json_decode($vars, true, 8, JSON_THROW_ON_ERROR);
        $after = static fn () => wo_run_hook($point, $vars);
    }
    $report($block, wo_docs_run_block($block, $after));
    $GLOBALS['wo_fake']['hooks'] = [];
    $count['ran']++;
}

echo "{$count['ran']} blocks ran, {$count['signatures']} declaration blocks checked against the module, {$count['not run']} not run\n";
echo $count['ran'] >= 8 ? "enough blocks\n" : "only $count[ran] blocks ran\n";
?>
--EXPECTF--
%d blocks ran, %d declaration blocks checked against the module, 0 not run
enough blocks
