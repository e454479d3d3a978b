<?php
/*
 * The WHMCS part of the demo: starts the bundled WHMCS server on 127.0.0.1
 * (tests/servers/whmcs.php, through tests/server.inc), links a user to a
 * client account, removes the link with delete_user_client() and shows the
 * account before and after. scripts/demo.php includes it; it also runs on
 * its own: php -n -d extension=modules/whmcs_opensrs.so scripts/demo_whmcs.php
 */
declare(strict_types=1);

if (!extension_loaded('whmcs_opensrs')) {
    fwrite(STDERR, "whmcs_opensrs is not loaded: run scripts/demo.sh\n");
    exit(1);
}

require_once __DIR__ . '/../tests/whmcs.inc';

(static function (): void {
    /* The bundled server's demo account: client 1 owned by Olivia Owner,
     * with Uma User; Nico Nolink owns client 2. Credentials are the bundled
     * server's own and are never printed. */
    $server = wo_whmcs_start(wo_whmcs_fixture());
    $options = $server['options'];

    $show = static function (string $when) use ($options): void {
        $client = WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => 1], $options)['client'];
        $names = array_map(static fn (array $u) => $u['name'] . ($u['is_owner'] ? ' (owner)' : ''),
            $client['users']['user']);
        echo "Users of client 1 ({$client['fullname']}) $when: ", implode(', ', $names), "\n";
    };

    echo "== WHMCS: remove a user from a client account\n";
    echo "Bundled WHMCS API at {$server['url']}/includes/api.php\n";
    $show('at the start');

    WhmcsOpensrs\whmcs_api('CreateClientInvite', ['client_id' => 1, 'email' => 'nico.nolink@example.net',
        'permissions' => 'profile,invoices'], $options);
    $show('after CreateClientInvite for Nico Nolink');

    echo "delete_user_client(3, 1): ";
    var_dump(delete_user_client(3, 1, $options));
    $show('after delete_user_client()');

    try {
        delete_user_client(1, 1, $options);
    } catch (WhmcsOpensrs\WhmcsException $e) {
        echo "delete_user_client(1, 1): ", get_class($e), ': ', $e->getMessage(),
            ' (HTTP ', $e->getHttpStatus(), ")\n";
    }
})();
