--TEST--
Registrar credentials: inside WHMCS, a call given neither reseller_username nor api_key signs with WHMCS's "opensrs" registrar settings (Username, PrivateKey); credentials given as options win
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';

/* WHMCS's function: the module's settings, decrypted; a checkbox is "on"
 * or "". This one records what it was asked for. */
function getRegistrarConfigOptions(string $registrar): array
{
    $GLOBALS['asked'][] = $registrar;
    return $GLOBALS['settings'][$registrar] ?? [];
}

function attempt(array $server, Closure $call): void
{
    $GLOBALS['asked'] = [];
    try {
        $reply = $call();
        echo 'is_success ', $reply['is_success'];
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage();
    }
    $request = wo_opensrs_last_request($server['state']);
    echo "\n  asked for: ", json_encode($GLOBALS['asked']), ', X-Username: ', $request['x_username'] ?? '-',
        ', signature ', ($request['signature_valid'] ?? false) ? 'valid' : 'not valid', "\n";
    wo_opensrs_state_set($server['state'], ['requests' => []]);
}

$server = wo_opensrs_start();
$owner = ['domain' => 'example.com', 'username' => 'domainowner'];
$GLOBALS['settings'] = ['opensrs' => ['Username' => WO_OPENSRS_RESELLER, 'PrivateKey' => WO_OPENSRS_KEY,
    'TestMode' => 'on', 'SyncNextDueDate' => '']];
$get = static fn (array $options) => static fn () => WhmcsOpensrs\opensrs_request('get', 'subuser',
    ['domain' => 'example.com'], $owner, $options);

echo "-- no credentials: the registrar's\n";
attempt($server, $get(['endpoint' => $server['url']]));
echo "-- empty ones are none (a blank WHMCS setting)\n";
attempt($server, $get(['endpoint' => $server['url'], 'reseller_username' => '', 'api_key' => '']));
echo "-- the endpoint from opensrs.endpoint\n";
ini_set('opensrs.endpoint', $server['url']);
attempt($server, static fn () => opensrs_delete_subuser('example.com', 7, 'domainowner'));
ini_restore('opensrs.endpoint');
echo "-- registrar \"opensrs\" by name\n";
attempt($server, $get(['endpoint' => $server['url'], 'registrar' => 'OpenSRS']));

echo "-- options win, unasked\n";
attempt($server, $get(['endpoint' => $server['url'], 'reseller_username' => 'wo_reseller_morty',
    'api_key' => 'KEY-of-the-options']));
echo "-- one without the other is not enough, and WHMCS is not asked for the other\n";
attempt($server, $get(['endpoint' => $server['url'], 'reseller_username' => WO_OPENSRS_RESELLER]));
attempt($server, $get(['endpoint' => $server['url'], 'api_key' => WO_OPENSRS_KEY]));
?>
--EXPECT--
-- no credentials: the registrar's
is_success 1
  asked for: ["opensrs"], X-Username: wo_reseller_rick, signature valid
-- empty ones are none (a blank WHMCS setting)
is_success 1
  asked for: ["opensrs"], X-Username: wo_reseller_rick, signature valid
-- the endpoint from opensrs.endpoint
WhmcsOpensrs\OpensrsException: Sub-user 7 not found for domain example.com.
  asked for: ["opensrs"], X-Username: wo_reseller_rick, signature valid
-- registrar "opensrs" by name
is_success 1
  asked for: ["opensrs"], X-Username: wo_reseller_rick, signature valid
-- options win, unasked
WhmcsOpensrs\OpensrsAuthException: Authentication Failed
  asked for: [], X-Username: wo_reseller_morty, signature not valid
-- one without the other is not enough, and WHMCS is not asked for the other
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) must contain "api_key" when opensrs.api_key is not set
  asked for: [], X-Username: -, signature not valid
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) must contain "reseller_username" when opensrs.reseller_username is not set
  asked for: [], X-Username: -, signature not valid
