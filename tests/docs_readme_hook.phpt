--TEST--
README.md's hook, run as printed inside WHMCS: closing client 1 removes user 2's access (WHMCS, in-process) and deletes example.com's sub-user (OpenSRS); run again, the refusal goes to the activity log and the hook ends quietly
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../docs/hooks.md')) die('skip README.md is not beside the tests (an installed package)'); ?>
--INI--
opensrs.reseller_username=wo_reseller_rick
opensrs.api_key=KEY-9f2c71e0-never-print-me-OpenSRS
--FILE--
<?php
require __DIR__ . '/whmcs_fakes.inc';
[$whmcs, $opensrs] = wo_fake_whmcs_start();
$o = $opensrs['options'];

/* The sub-user the hook deletes: the bundled server gives it id 2532880. */
$added = WhmcsOpensrs\opensrs_request('add', 'subuser', ['domain' => 'example.com', 'sub_username' => 'webdev',
    'sub_password' => 'pw-123', 'sub_permission' => 2], ['domain' => 'example.com', 'username' => 'domainowner'], $o);
echo 'sub-user ', $added['attributes']['id'], "\n";

/* The block after "## A hook" in README.md. */
$readme = file_get_contents(__DIR__ . '/../README.md');
preg_match('/```php\n(.*?)```/s', $readme, $m, 0, strpos($readme, '## A hook'));
$hook = tempnam(sys_get_temp_dir(), 'wo-readme-hook-');
file_put_contents($hook, $m[1]);
register_shutdown_function('unlink', $hook);
require $hook;

$report = static function () use ($whmcs, $o): void {
    $links = array_filter(wo_whmcs_state_links($whmcs), static fn ($l) => $l['client_id'] === 1);
    echo 'users of client 1: ', implode(', ', array_column($links, 'user_id')), "\n";
    $sub = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
        ['domain' => 'example.com', 'username' => 'domainowner'], $o)['attributes'];
    echo 'sub-user of example.com: ', $sub['id'] ?? 'none', "\n";
    echo 'activity: ', implode(' | ', wo_fake_activity()) ?: 'nothing', "\n";
};
wo_run_hook('ClientClose', ['userid' => 1]);
$report();
echo "-- again\n";
wo_run_hook('ClientClose', ['userid' => 1]);
$report();
echo wo_fake_module_log_report(), "\n";
?>
--EXPECT--
sub-user 2532880
users of client 1: 1
sub-user of example.com: none
activity: nothing
-- again
users of client 1: 1
sub-user of example.com: none
activity: Client 1: User is not associated with client
8 module log entries, module whmcs_opensrs, no secret logged
