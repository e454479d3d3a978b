<?php
/*
 * A WHMCS API endpoint (includes/api.php) for the tests and the demo, run as
 * the router of `php -n -S 127.0.0.1:0`. It behaves as WHMCS 8 does as far
 * as the vendor's API reference documents it and as users of real
 * installations report it (tests/fixtures/whmcs/ holds what the tests check):
 *
 *   - parameters come from $_POST (form-encoded), the action name is
 *     case-insensitive, responsetype=json gives JSON, none gives the legacy
 *     "key=value;" format, xml gives XML;
 *   - access control in WHMCS's order: the API IP allow list (an access key
 *     lets a caller outside it in), then API credentials (identifier and
 *     secret) or the legacy admin login (username and the md5 of the
 *     password), then the API role of the credentials;
 *   - users, clients, account owners and user-client links, with the
 *     documented fields and error messages of AddUser, AddClient,
 *     CreateClientInvite, GetUsers, GetClientsDetails, DeleteUserClient,
 *     GetEmails and GetPermissionsList; the domains of clients
 *     (GetClientsDomains) and closing a client (CloseClient).
 *
 * HTTP statuses: business errors are 200, as WHMCS sends them; refused
 * callers are 403, as recent versions answer; "Command Not Found" is 400.
 * Clients must read the body whatever the status.
 *
 * State: a JSON file named by the environment variable WHMCS_STATE (see
 * whmcs_state.inc for its shape; an empty or new file starts as the demo
 * account there). Its "mode" makes the server misbehave on
 * demand: "maintenance" (an HTML 503 page), "redirect" (a 302), "nvp"
 * (the legacy format whatever responsetype says), "waf" (a firewall's 403
 * page quoting the request), and, as a test hook, "canned" (the state's
 * "canned" entry: status, body_base64 and content_type, sent verbatim). WHMCS_RECORD, when set,
 * names a file that receives the last request (method, headers, raw body).
 * WHMCS_FLIGHT, when set, names the file where requests in flight are
 * counted and that says how long to hold each answer (in_flight.inc);
 * several behind parallel.php serve requests at the same time.
 *
 * Where the bundled server differs from WHMCS, on purpose: it sends no
 * mail, so CreateClientInvite for the e-mail of an existing user links that
 * user at once instead of waiting for the invitation to be accepted.
 */
declare(strict_types=1);

require_once __DIR__ . '/in_flight.inc';

const WHMCS_API_PATH = '/includes/api.php';

/* GetPermissionsList: the permissions a user may hold on a client. */
const WHMCS_PERMISSIONS = ['profile', 'contacts', 'products', 'manageproducts', 'productsso', 'domains',
    'managedomains', 'invoices', 'quotes', 'tickets', 'affiliates', 'emails', 'orders'];

/* ---- answers ------------------------------------------------------------ */

final class WhmcsAnswer extends Exception
{
    public function __construct(public readonly array $body, public readonly int $status = 200)
    {
        parent::__construct((string) ($body['message'] ?? ''));
    }
}

function whmcs_fail(string $message, int $status = 200): never
{
    throw new WhmcsAnswer(['result' => 'error', 'message' => $message], $status);
}

/* WHMCS escapes double quotes in its JSON as \u0022 (observed_payloads.json,
 * invalid_permissions_api_role). */
function whmcs_emit(array $body, int $status, string $format): void
{
    http_response_code($status);
    if ($format === 'json') {
        header('Content-Type: application/json');
        echo json_encode($body, JSON_HEX_QUOT | JSON_PRESERVE_ZERO_FRACTION);
    } elseif ($format === 'xml') {
        header('Content-Type: text/xml');
        echo "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<whmcsapi version=\"8.0.0\">\n",
            whmcs_xml($body), "</whmcsapi>\n";
    } else {
        /* The legacy name-value format: "result=error;message=..."
         * (observed_payloads.json, invalid_ip_nvp_default_format). */
        header('Content-Type: text/plain');
        $pairs = [];
        foreach ($body as $key => $value) {
            $pairs[] = $key . '=' . match (true) {
                is_bool($value) => $value ? 'true' : 'false',
                is_array($value) => json_encode($value),
                default => (string) $value,
            };
        }
        echo implode(';', $pairs);
    }
}

function whmcs_xml(array $data): string
{
    $out = '';
    foreach ($data as $key => $value) {
        $tag = is_int($key) ? 'item' : $key;
        $out .= "<$tag>" . (is_array($value) ? "\n" . whmcs_xml($value)
            : htmlspecialchars(is_bool($value) ? ($value ? 'true' : 'false') : (string) $value, ENT_XML1))
            . "</$tag>\n";
    }
    return $out;
}

/* ---- state -------------------------------------------------------------- */

function whmcs_state_path(): string
{
    $path = getenv('WHMCS_STATE');
    if ($path === false || $path === '') {
        http_response_code(500);
        echo "WHMCS_STATE is not set\n";
        exit;
    }
    return $path;
}

/* ---- access control ----------------------------------------------------- */

function whmcs_authorise(array $state, array $post, string $action): void
{
    $ip = $_SERVER['REMOTE_ADDR'] ?? '';
    $accessKey = whmcs_str($post, 'accesskey', false);

    /* The access key ($api_access_key in configuration.php) exists to let
     * callers outside the allow list in; a wrong one is refused as such. */
    if ($accessKey !== '') {
        if (($state['access_key'] ?? '') === '' || !hash_equals((string) $state['access_key'], $accessKey)) {
            whmcs_fail('Invalid Access Key', 403);
        }
    } elseif (!in_array($ip, $state['allowed_ips'] ?? [], true)) {
        whmcs_fail("Invalid IP $ip", 403);
    }

    $identifier = whmcs_str($post, 'identifier');
    $username = whmcs_str($post, 'username');
    if ($identifier !== '') {
        foreach ($state['api_credentials'] ?? [] as $credential) {
            if (hash_equals($credential['identifier'], $identifier)
                && password_verify(whmcs_str($post, 'secret', false), $credential['secret_hash'])) {
                $allowed = $credential['allowed_actions'] ?? ['*'];
                if (!in_array('*', $allowed, true) && !in_array($action, $allowed, true)) {
                    /* The API role does not grant the action; WHMCS names it
                     * in lower case. */
                    whmcs_fail("Invalid Permissions: API action \"$action\" is not allowed", 403);
                }
                return;
            }
        }
        whmcs_fail('Invalid or missing credentials', 403);
    }
    if ($username !== '') {
        /* Legacy: the admin's username and the md5 of the password. */
        foreach ($state['admins'] ?? [] as $admin) {
            if (hash_equals($admin['username'], $username)
                && hash_equals($admin['password_md5'], strtolower(whmcs_str($post, 'password', false)))) {
                return;
            }
        }
        whmcs_fail('Authentication Failed', 403);
    }
    whmcs_fail('Invalid or missing credentials', 403);
}

/* ---- model -------------------------------------------------------------- */

function whmcs_valid_email(string $email): bool
{
    return filter_var($email, FILTER_VALIDATE_EMAIL) !== false;
}

function whmcs_now(): string
{
    return gmdate('Y-m-d H:i:s');
}

function whmcs_user_by_email(array $state, string $email): ?array
{
    foreach ($state['users'] as $user) {
        if (strcasecmp($user['email'], $email) === 0) {
            return $user;
        }
    }
    return null;
}

function whmcs_link(array $state, int $userId, int $clientId): ?array
{
    foreach ($state['links'] as $link) {
        if ($link['user_id'] === $userId && $link['client_id'] === $clientId) {
            return $link;
        }
    }
    return null;
}

/* A parameter as text; a nested array (name[]=...) is not text. */
function whmcs_str(array $post, string $name, bool $trim = true): string
{
    $value = $post[$name] ?? '';
    if (!is_string($value)) {
        return '';
    }
    return $trim ? trim($value) : $value;
}

function whmcs_int_param(array $post, string $name): int
{
    $value = $post[$name] ?? '';
    return is_string($value) && preg_match('/^\d{1,18}$/', $value) ? (int) $value : 0;
}

function whmcs_add_user(array &$state, string $first, string $last, string $email, string $password): int
{
    $id = $state['next_user_id']++;
    $state['users'][$id] = [
        'id' => $id,
        'firstname' => $first,
        'lastname' => $last,
        'email' => $email,
        'password_hash' => password_hash($password, PASSWORD_DEFAULT, ['cost' => 4]),
        'language' => '',
        'datecreated' => whmcs_now(),
        'validationdata' => '',
    ];
    return $id;
}

/* ---- actions ------------------------------------------------------------ */

function whmcs_action_adduser(array &$state, array $post): array
{
    $first = whmcs_str($post, 'firstname');
    $last = whmcs_str($post, 'lastname');
    $email = whmcs_str($post, 'email');
    $password = is_string($post['password2'] ?? null) ? $post['password2'] : '';

    $first !== '' || whmcs_fail('You did not enter a first name');
    $last !== '' || whmcs_fail('You did not enter a last name');
    $email !== '' || whmcs_fail('You did not enter an email address');
    $password !== '' || whmcs_fail('You did not enter a password');
    whmcs_valid_email($email) || whmcs_fail('The email address entered is not valid');
    whmcs_user_by_email($state, $email) === null || whmcs_fail('A user already exists with that email address');

    $id = whmcs_add_user($state, $first, $last, $email, $password);
    return ['result' => 'success', 'user_id' => (string) $id];
}

function whmcs_action_addclient(array &$state, array $post): array
{
    $field = static fn (string $name): string => whmcs_str($post, $name);
    $ownerId = whmcs_int_param($post, 'owner_user_id');

    if (isset($post['owner_user_id']) && !isset($state['users'][$ownerId])) {
        whmcs_fail('Invalid Owner User ID');
    }
    $field('firstname') !== '' || whmcs_fail('You did not enter your first name');
    $field('lastname') !== '' || whmcs_fail('You did not enter your last name');
    $field('email') !== '' || whmcs_fail('You did not enter your email address');
    whmcs_valid_email($field('email')) || whmcs_fail('The email address you entered was not valid');
    if (empty($post['skipvalidation'])) {
        /* The double space is WHMCS's own. */
        $field('address1') !== '' || whmcs_fail('You did not enter your  address line 1');
        $field('city') !== '' || whmcs_fail('You did not enter your city');
        $field('state') !== '' || whmcs_fail('You did not enter your state');
        $field('postcode') !== '' || whmcs_fail('You did not enter your postcode');
        preg_match('/^[A-Z]{2}$/', $field('country')) || whmcs_fail('Valid country required');
        $field('phonenumber') !== '' || whmcs_fail('You did not enter your phone number');
        preg_match('/^[0-9 .+()-]{4,}$/', $field('phonenumber')) || whmcs_fail('Invalid telephone phone number');
    }
    foreach ($state['clients'] as $client) {
        if (strcasecmp($client['email'], $field('email')) === 0) {
            whmcs_fail('The email address entered is not available for use.');
        }
    }
    if (!isset($post['owner_user_id'])) {
        /* WHMCS 8 makes a new user the owner of a client added without one. */
        whmcs_user_by_email($state, $field('email')) === null
            || whmcs_fail('A user already exists with that email address');
        $ownerId = whmcs_add_user($state, $field('firstname'), $field('lastname'), $field('email'),
            is_string($post['password2'] ?? null) ? $post['password2'] : bin2hex(random_bytes(8)));
    }

    $id = $state['next_client_id']++;
    $state['clients'][$id] = [
        'id' => $id,
        'uuid' => sprintf('%s-%s-4%s-a%s-%s', bin2hex(random_bytes(4)), bin2hex(random_bytes(2)),
            substr(bin2hex(random_bytes(2)), 1), substr(bin2hex(random_bytes(2)), 1), bin2hex(random_bytes(6))),
        'owner_user_id' => $ownerId,
        'firstname' => $field('firstname'),
        'lastname' => $field('lastname'),
        'companyname' => $field('companyname'),
        'email' => $field('email'),
        'address1' => $field('address1'),
        'address2' => $field('address2'),
        'city' => $field('city'),
        'state' => $field('state'),
        'postcode' => $field('postcode'),
        'country' => $field('country'),
        'phonenumber' => $field('phonenumber'),
        'tax_id' => $field('tax_id'),
        'status' => 'Active',
        'datecreated' => gmdate('Y-m-d'),
    ];
    $state['links'][] = ['user_id' => $ownerId, 'client_id' => $id, 'owner' => true, 'permissions' => WHMCS_PERMISSIONS];
    /* The documented example shows clientid; WHMCS 8 also returns owner_id. */
    return ['result' => 'success', 'clientid' => (string) $id, 'owner_id' => (string) $ownerId];
}

function whmcs_action_createclientinvite(array &$state, array $post): array
{
    $clientId = whmcs_int_param($post, 'client_id');
    $email = whmcs_str($post, 'email');
    $permissions = $post['permissions'] ?? '';
    $permissions = is_array($permissions) ? array_values($permissions)
        : array_values(array_filter(array_map('trim', explode(',', whmcs_str($post, 'permissions'))), 'strlen'));

    $email !== '' || whmcs_fail('Email is required');
    isset($state['clients'][$clientId]) || whmcs_fail('Invalid client id');
    whmcs_valid_email($email) || whmcs_fail('The email address entered is not valid');
    $permissions !== [] || whmcs_fail('User permissions are required');

    $user = whmcs_user_by_email($state, $email);
    if ($user !== null) {
        whmcs_link($state, $user['id'], $clientId) === null || whmcs_fail('User already associated with client');
        $state['links'][] = ['user_id' => $user['id'], 'client_id' => $clientId, 'owner' => false,
            'permissions' => $permissions];
    } else {
        $state['invites'][] = ['email' => $email, 'client_id' => $clientId, 'permissions' => $permissions,
            'sent' => whmcs_now()];
    }
    return ['result' => 'success'];
}

function whmcs_action_getusers(array &$state, array $post): array
{
    $start = whmcs_int_param($post, 'limitstart');
    $limit = isset($post['limitnum']) ? whmcs_int_param($post, 'limitnum') : 25;
    $search = whmcs_str($post, 'search');
    $users = array_values($state['users']);
    usort($users, static fn ($a, $b) => $a['id'] <=> $b['id']);
    if (strtoupper(whmcs_str($post, 'sorting')) === 'DESC') {
        $users = array_reverse($users);
    }
    if ($search !== '') {
        $users = array_values(array_filter($users, static fn ($u) => stripos($u['email'], $search) !== false
            || stripos($u['firstname'], $search) !== false || stripos($u['lastname'], $search) !== false));
    }

    $page = [];
    foreach (array_slice($users, $start, $limit) as $user) {
        $clients = [];
        foreach ($state['links'] as $link) {
            if ($link['user_id'] === $user['id']) {
                $clients[] = ['id' => $link['client_id'], 'isOwner' => $link['owner']];
            }
        }
        $page[] = [
            'id' => $user['id'],
            'firstname' => $user['firstname'],
            'lastname' => $user['lastname'],
            'email' => $user['email'],
            'datecreated' => $user['datecreated'],
            'validationdata' => $user['validationdata'],
            'clients' => $clients,
        ];
    }
    return ['result' => 'success', 'totalresults' => count($users), 'startnumber' => $start,
        'numreturned' => count($page), 'users' => $page];
}

function whmcs_action_getclientsdetails(array &$state, array $post): array
{
    $clientId = whmcs_int_param($post, 'clientid');
    $email = whmcs_str($post, 'email');
    if ($clientId === 0 && $email === '') {
        whmcs_fail('Either clientid Or email Is Required');
    }
    $client = null;
    foreach ($state['clients'] as $candidate) {
        if (($clientId !== 0 && $candidate['id'] === $clientId)
            || ($clientId === 0 && strcasecmp($candidate['email'], $email) === 0)) {
            $client = $candidate;
            break;
        }
    }
    $client !== null || whmcs_fail('Client Not Found');

    $users = [];
    foreach ($state['links'] as $link) {
        if ($link['client_id'] === $client['id'] && isset($state['users'][$link['user_id']])) {
            $user = $state['users'][$link['user_id']];
            $users[] = ['id' => $user['id'], 'name' => $user['firstname'] . ' ' . $user['lastname'],
                'email' => $user['email'], 'is_owner' => $link['owner']];
        }
    }
    $yes = ['general' => '1', 'invoice' => '1', 'support' => '1', 'product' => '1', 'domain' => '1',
        'affiliate' => '1'];
    $details = [
        'client_id' => $client['id'],
        'owner_user_id' => $client['owner_user_id'],
        'userid' => $client['id'],
        'id' => $client['id'],
        'uuid' => $client['uuid'],
        'firstname' => $client['firstname'],
        'lastname' => $client['lastname'],
        'fullname' => $client['firstname'] . ' ' . $client['lastname'],
        'companyname' => $client['companyname'],
        'email' => $client['email'],
        'address1' => $client['address1'],
        'address2' => $client['address2'],
        'city' => $client['city'],
        'fullstate' => $client['state'],
        'state' => $client['state'],
        'postcode' => $client['postcode'],
        'countrycode' => $client['country'],
        'country' => $client['country'],
        'phonenumber' => $client['phonenumber'],
        'tax_id' => $client['tax_id'],
        'email_preferences' => $yes,
        'statecode' => $client['state'],
        'countryname' => $client['country'],
        'phonecc' => '',
        'phonenumberformatted' => $client['phonenumber'],
        'telephoneNumber' => $client['phonenumber'],
        'billingcid' => 0,
        'notes' => '',
        'currency' => 1,
        'defaultgateway' => '',
        'groupid' => 0,
        'status' => $client['status'],
        'credit' => '0.00',
        'taxexempt' => false,
        'latefeeoveride' => false,
        'overideduenotices' => false,
        'separateinvoices' => false,
        'disableautocc' => false,
        'emailoptout' => false,
        'marketing_emails_opt_in' => false,
        'overrideautoclose' => false,
        'allowSingleSignOn' => 1,
        'email_verified' => false,
        'language' => '',
        'isOptedInToMarketingEmails' => false,
        'lastlogin' => 'No Login Logged',
        'currency_code' => 'USD',
        'customfields' => [],
        'users' => ['user' => $users],
    ];
    $answer = ['result' => 'success', 'client' => $details];
    if (!empty($post['stats'])) {
        $zero = '$0.00 USD';
        $answer['stats'] = [
            'numdueinvoices' => 0, 'dueinvoicesbalance' => $zero, 'incredit' => false, 'creditbalance' => $zero,
            'grossRevenue' => $zero, 'expenses' => $zero, 'income' => $zero, 'numoverdueinvoices' => 0,
            'overdueinvoicesbalance' => $zero, 'numDraftInvoices' => 0, 'draftInvoicesBalance' => $zero,
            'numunpaidinvoices' => 0, 'unpaidinvoicesamount' => $zero, 'numpaidinvoices' => 0,
            'paidinvoicesamount' => $zero, 'numcancelledinvoices' => 0, 'cancelledinvoicesamount' => $zero,
            'numrefundedinvoices' => 0, 'refundedinvoicesamount' => $zero, 'numcollectionsinvoices' => 0,
            'collectionsinvoicesamount' => $zero, 'numpaymentpendinginvoices' => 0,
            'paymentpendinginvoicesamount' => $zero, 'productsnumactivehosting' => 0, 'productsnumhosting' => 0,
            'productsnumactivereseller' => 0, 'productsnumreseller' => 0, 'productsnumactiveservers' => 0,
            'productsnumservers' => 0, 'productsnumactiveother' => 0, 'productsnumother' => 0,
            'productsnumactive' => 0, 'productsnumtotal' => 0, 'numactivedomains' => 0, 'numdomains' => 0,
            'numacceptedquotes' => 0, 'numquotes' => 0, 'numtickets' => 0, 'numactivetickets' => 0,
            'numaffiliatesignups' => 0, 'isAffiliate' => false,
        ];
    }
    return $answer;
}

function whmcs_action_deleteuserclient(array &$state, array $post): array
{
    $userId = whmcs_int_param($post, 'user_id');
    $clientId = whmcs_int_param($post, 'client_id');

    isset($state['users'][$userId]) || whmcs_fail('Invalid user id');
    isset($state['clients'][$clientId]) || whmcs_fail('Invalid client id');
    $link = whmcs_link($state, $userId, $clientId);
    $link !== null || whmcs_fail('User is not associated with client');
    !$link['owner'] || whmcs_fail('You cannot remove the account owner');

    $state['links'] = array_values(array_filter($state['links'],
        static fn ($l) => !($l['user_id'] === $userId && $l['client_id'] === $clientId)));
    return ['result' => 'success'];
}

/* CloseClient: the client's status becomes Closed and, as WHMCS does when
 * it closes an account, its domains become Cancelled. Its links to users
 * stay: removing them is what the ClientClose hook of examples/ is for. */
function whmcs_action_closeclient(array &$state, array $post): array
{
    $clientId = whmcs_int_param($post, 'clientid');
    isset($state['clients'][$clientId]) || whmcs_fail('Client ID Not Found');
    $state['clients'][$clientId]['status'] = 'Closed';
    $state['domains'] ??= [];
    foreach ($state['domains'] as &$domain) {
        if ($domain['userid'] === $clientId) {
            $domain['status'] = 'Cancelled';
        }
    }
    return ['result' => 'success'];
}

/*
 * GetClientsDomains (as the WHMCS API reference has it): filtered by
 * clientid, domainid or domain, paged by limitstart and limitnum (25). The
 * vendor's example shows every value as a string, clientid and domainid as
 * given; its flattened "domains[domain][0][id]" keys are the legacy
 * format's, in JSON the list is domains.domain[]. No error is documented:
 * an unknown client simply has no domains.
 */
function whmcs_action_getclientsdomains(array &$state, array $post): array
{
    $start = whmcs_int_param($post, 'limitstart');
    $limit = isset($post['limitnum']) ? whmcs_int_param($post, 'limitnum') : 25;
    $clientId = whmcs_int_param($post, 'clientid');
    $domainId = whmcs_int_param($post, 'domainid');
    $name = whmcs_str($post, 'domain');

    $found = array_values(array_filter($state['domains'] ?? [], static fn (array $d) =>
        ($clientId === 0 || $d['userid'] === $clientId)
        && ($domainId === 0 || $d['id'] === $domainId)
        && ($name === '' || strcasecmp($d['domainname'], $name) === 0)));
    usort($found, static fn ($a, $b) => $a['id'] <=> $b['id']);

    $page = [];
    foreach (array_slice($found, $start, $limit) as $d) {
        $page[] = array_map('strval', [
            'id' => $d['id'], 'userid' => $d['userid'], 'orderid' => $d['orderid'], 'regtype' => 'Register',
            'domainname' => $d['domainname'], 'registrar' => $d['registrar'], 'regperiod' => 1,
            'firstpaymentamount' => '12.95', 'recurringamount' => '12.95', 'paymentmethod' => 'banktransfer',
            'paymentmethodname' => 'Bank Transfer', 'regdate' => $d['regdate'], 'expirydate' => $d['expirydate'],
            'nextduedate' => $d['expirydate'], 'status' => $d['status'], 'subscriptionid' => '', 'promoid' => 0,
            'dnsmanagement' => 0, 'emailforwarding' => 0, 'idprotection' => 0, 'donotrenew' => 0, 'notes' => '',
        ]);
    }
    return ['result' => 'success', 'clientid' => whmcs_str($post, 'clientid'),
        'domainid' => whmcs_str($post, 'domainid'), 'totalresults' => (string) count($found),
        'startnumber' => (string) $start, 'numreturned' => (string) count($page), 'domains' => ['domain' => $page]];
}

/* GetEmails answers "status" where other actions say "result"
 * (developer-docs issue 80). */
function whmcs_action_getemails(array &$state, array $post): array
{
    $clientId = whmcs_int_param($post, 'clientid');
    if (!isset($state['clients'][$clientId])) {
        throw new WhmcsAnswer(['status' => 'error', 'message' => 'Client ID Not Found']);
    }
    return ['result' => 'success', 'totalresults' => 0, 'startnumber' => 0, 'numreturned' => 0,
        'emails' => ['email' => []]];
}

function whmcs_action_getpermissionslist(array &$state, array $post): array
{
    return ['status' => 'success', 'permissions' => ['permission' => WHMCS_PERMISSIONS]];
}

/* ---- the request -------------------------------------------------------- */

function whmcs_record(): void
{
    $path = getenv('WHMCS_RECORD');
    if ($path === false || $path === '') {
        return;
    }
    file_put_contents($path, json_encode([
        'method' => $_SERVER['REQUEST_METHOD'] ?? '',
        'uri' => $_SERVER['REQUEST_URI'] ?? '',
        'content_type' => $_SERVER['CONTENT_TYPE'] ?? '',
        'user_agent' => $_SERVER['HTTP_USER_AGENT'] ?? '',
        'accept' => $_SERVER['HTTP_ACCEPT'] ?? '',
        'expect' => $_SERVER['HTTP_EXPECT'] ?? '',
        'body' => file_get_contents('php://input'),
    ]));
}

function whmcs_page(int $status, string $title, string $text): void
{
    http_response_code($status);
    header('Content-Type: text/html; charset=utf-8');
    echo "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>$title</title>\n",
        "<style>body { font-family: sans-serif; margin: 4em; }</style>\n",
        "<script>setTimeout(function () { location.reload(); }, 60000);</script>\n</head>\n",
        "<body>\n<h1>$title</h1>\n<p>$text</p>\n</body>\n</html>\n";
}

function whmcs_main(): void
{
    $path = parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
    whmcs_record();

    $statePath = whmcs_state_path();
    $lock = fopen($statePath, 'c+');
    flock($lock, LOCK_EX);
    $json = (string) stream_get_contents($lock);
    if (trim($json) === '') {
        /* Run by hand with a new file: the demo account. */
        require_once __DIR__ . '/whmcs_state.inc';
        $json = json_encode(wo_whmcs_state(wo_whmcs_fixture()));
        fwrite($lock, $json);
    }
    $state = json_decode($json, true, 512, JSON_THROW_ON_ERROR);

    switch ($state['mode'] ?? null) {
        case 'maintenance':
            header('Retry-After: 600');
            whmcs_page(503, 'Down for Maintenance',
                'We are currently performing maintenance and will be back shortly. &mdash; Example Hosting');
            return;
        case 'redirect':
            /* As a web server in front of WHMCS does when plain http moves
             * to https, or the installation moves. */
            header('Location: https://billing.example.test/whmcs' . WHMCS_API_PATH, true, 302);
            whmcs_page(302, 'Found', 'The document has moved.');
            return;
    }
    if (($state['mode'] ?? null) === 'waf') {
        /* A web application firewall's block page that quotes the request,
         * credentials and all, as some do for the support desk. */
        whmcs_page(403, 'Request Rejected', 'The requested URL was rejected. Your request: '
            . htmlspecialchars((string) file_get_contents('php://input')));
        return;
    }
    if (($state['mode'] ?? null) === 'canned') {
        /* Test hook, not WHMCS: exactly the answer the state holds. */
        http_response_code($state['canned']['status']);
        header('Content-Type: ' . ($state['canned']['content_type'] ?? 'application/json'));
        echo base64_decode($state['canned']['body_base64']);
        return;
    }
    if (!str_ends_with($path, WHMCS_API_PATH)) {
        whmcs_page(404, 'Not Found', 'The requested URL was not found on this server.');
        return;
    }

    $post = $_POST;
    $action = strtolower(whmcs_str($post, 'action'));
    $format = ($state['mode'] ?? null) === 'nvp' ? 'nvp' : strtolower(whmcs_str($post, 'responsetype'));
    try {
        whmcs_authorise($state, $post, $action);
        $handler = 'whmcs_action_' . $action;
        if ($action === '' || !preg_match('/^[a-z]+$/', $action) || !function_exists($handler)) {
            whmcs_fail('Command Not Found', 400);
        }
        $body = $handler($state, $post);
        ftruncate($lock, 0);
        rewind($lock);
        fwrite($lock, json_encode($state, JSON_PRETTY_PRINT));
        whmcs_emit($body, 200, $format);
    } catch (WhmcsAnswer $answer) {
        whmcs_emit($answer->body, $answer->status, $format);
    } finally {
        flock($lock, LOCK_UN);
        fclose($lock);
    }
}

/* Counted in flight from arrival to answer; the state's lock is only taken
 * after the hold, so that held requests overlap. */
$flightPath = (string) getenv('WHMCS_FLIGHT');
if ($flightPath !== '') {
    $arrived = microtime(true);
    wo_flight_hold($flightPath, wo_flight_enter($flightPath), $arrived);
}
try {
    whmcs_main();
} finally {
    if ($flightPath !== '') {
        wo_flight_leave($flightPath);
    }
}
