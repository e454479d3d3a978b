--TEST--
docs/hooks.md's minimal ClientClose hook, run as printed: one user whose removal fails (an answer that is no WHMCS answer) is logged, the other is still removed, the owner stays
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../docs/hooks.md')) die('skip docs/ is not beside the tests (an installed package)'); ?>
--FILE--
<?php
require __DIR__ . '/whmcs_fakes.inc';
[$whmcs] = wo_fake_whmcs_start();
$options = $whmcs['options'];

/* The first php block after "A minimal hook of your own". */
$page = file_get_contents(__DIR__ . '/../docs/hooks.md');
$from = strpos($page, 'A minimal hook of your own');
preg_match('/```php\n(.*?)```/s', $page, $m, 0, $from);
$hook = tempnam(sys_get_temp_dir(), 'wo-readme-hook-');
file_put_contents($hook, $m[1]);
register_shutdown_function('unlink', $hook);
require $hook;

/* Client 1: owner Olivia (1), Uma (2), Nico (3). Removing Uma gets an
 * answer without "result": a ProtocolException, no WhmcsException. */
WhmcsOpensrs\whmcs_api('CreateClientInvite', ['client_id' => 1, 'email' => 'nico.nolink@example.net',
    'permissions' => 'profile'], $options);
wo_fake_intercept('DeleteUserClient', static fn (array $post, Closure $forward) =>
    (int) $post['user_id'] === 2 ? ['answer' => 'from a broken proxy'] : $forward($post));

wo_run_hook('ClientClose', ['userid' => 1]);
echo implode("\n", wo_fake_activity()), "\n";
$left = array_filter(wo_whmcs_state_links($whmcs), static fn ($l) => $l['client_id'] === 1);
echo 'users of client 1: ', implode(', ', array_column($left, 'user_id')), "\n";
?>
--EXPECTF--
Remove user 2 from client 1: %s
users of client 1: 1, 2
