<?php
/*
 * The work bench/gate.sh counts instructions of, one kind per run:
 *
 *   php gate.php whmcs N URL CA       2 calls to connect, then N
 *                                     delete_user_client() calls
 *   php gate.php opensrs N URL CA     the same with opensrs_delete_subuser()
 *   php gate.php decode N FILE        1 decode, then N, of the reply in FILE
 *   php gate.php log N on|off         1 call, then N, of a WHMCS action run
 *                                     in-process (localAPI() below), with a
 *                                     logger ("on") or with logging off
 *   php gate.php whmcs|opensrs N URL CA cold|coldbase
 *                                     as above, each call after 1 MB of other
 *                                     reading (as a page's call runs after
 *                                     the web server's and PHP's own work);
 *                                     "coldbase" reads without calling
 *
 * gate.sh subtracts the count of a run with N = 0 (or, for the log, of the
 * "off" run) from that with N calls: what is left is the calls' own work,
 * without PHP's start-up, the connection's set-up or the logger's absence.
 * Everything here is fixed: same inputs, same order, every run.
 */
declare(strict_types=1);

[$_, $kind, $n] = $argv;
$n = (int) $n;

/* In the WhmcsOpensrs namespace since 0.2; global in 0.1. */
$api = fn (string $name) => function_exists("WhmcsOpensrs\\$name") ? "WhmcsOpensrs\\$name" : $name;
$decode = $api('opensrs_ops_decode');
$whmcs = $api('whmcs_api');

/* A client record as WHMCS's GetClientsDetails answers it (trimmed): the
 * log entry masks its raw JSON, the request and this array. It repeats the
 * call's password once, as a careless custom field would. */
function client_details(string $password): array
{
    $client = ['result' => 'success', 'userid' => 5, 'client_id' => 5, 'id' => 5, 'uuid' => '3f1c2a9e-6b1d-4c1e-9f2a-6a0e8c9b7d41',
        'firstname' => 'Zoë', 'lastname' => 'Ångström', 'fullname' => 'Zoë Ångström', 'companyname' => 'Example Hosting Ltd',
        'email' => 'zoe@example.com', 'address1' => '1 Example Street', 'address2' => 'Suite 4', 'city' => 'Toronto',
        'fullstate' => 'Ontario', 'state' => 'ON', 'postcode' => 'M5V 2T6', 'countrycode' => 'CA', 'country' => 'CA',
        'phonenumber' => '+1.4165550100', 'tax_id' => '', 'statecode' => 'ON', 'countryname' => 'Canada',
        'phonecc' => 1, 'phonenumberformatted' => '+1.4165550100', 'billingcid' => 0, 'notes' => "set with $password",
        'currency' => 1, 'currency_code' => 'CAD', 'defaultgateway' => 'paypal', 'groupid' => 0, 'status' => 'Active',
        'credit' => '0.00', 'taxexempt' => false, 'latefeeoveride' => false, 'overideduenotices' => false,
        'separateinvoices' => false, 'disableautocc' => false, 'emailoptout' => false, 'marketing_emails_opt_in' => false,
        'overrideautoclose' => false, 'allowSingleSignOn' => 1, 'language' => 'english', 'lastlogin' => 'No Login Logged'];
    $client['customfields'] = [];
    for ($i = 1; $i <= 8; $i++) {
        $client['customfields'][] = ['id' => $i, 'value' => "custom value $i"];
    }
    $client['stats'] = ['numdueinvoices' => 0, 'dueinvoicesbalance' => 'CA$0.00 CAD', 'income' => 'CA$120.00 CAD',
        'numactivedomains' => 3, 'numdomains' => 4, 'numactiveproducts' => 2, 'numproducts' => 2];
    return $client;
}

function localAPI(string $command, array $data, ?string $admin = null): array
{
    return client_details($data['password2']);
}

$run = match ($kind) {
    'whmcs' => fn () => delete_user_client(2, 5, ['url' => $argv[3], 'identifier' => 'bench-identifier',
        'secret' => 'bench-secret', 'ca_file' => $argv[4]]),
    'opensrs' => fn () => opensrs_delete_subuser('example.com', 2532880, 'domainowner', ['endpoint' => $argv[3],
        'reseller_username' => 'benchreseller', 'api_key' => 'bench-opensrs-key', 'ca_file' => $argv[4]]),
    'decode' => (function () use ($argv, $decode) {
        $xml = file_get_contents($argv[3]);
        return fn () => $decode($xml);
    })(),
    'log' => (function () use ($argv, $whmcs) {
        $options = ['transport' => 'local', 'identifier' => 'bench-identifier', 'secret' => 'bench-secret',
            'logger' => $argv[3] === 'on' ? function (array $entry) {} : false];
        return fn () => $whmcs('UpdateClient', ['clientid' => 5, 'email' => 'zoe@example.com',
            'password2' => 'Correct-Horse-9', 'notes' => 'moved to the new plan'], $options);
    })(),
};

$warm = $kind === 'whmcs' || $kind === 'opensrs' ? 2 : 1;
for ($i = 0; $i < $warm; $i++) {
    $run();
}
$cold = $argv[5] ?? '';
if ($cold === '') {
    for ($i = 0; $i < $n; $i++) {
        $run();
    }
} else {
    $other = str_repeat('abcdefgh', 1 << 17);
    for ($i = 0; $i < $n; $i++) {
        str_contains($other, 'zz');
        if ($cold === 'cold') {
            $run();
        }
    }
}
