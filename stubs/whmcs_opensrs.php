<?php
/**
 * IDE stubs for the whmcs_opensrs extension. Add this file to your IDE's
 * include path (PhpStorm: Settings > PHP > Include Path; or list it in
 * composer's "autoload-dev" "files") for completion and type checks. It is
 * never loaded at run time: the extension defines these functions and classes.
 *
 * delete_user_client() and opensrs_delete_subuser() are global; everything
 * else is in the WhmcsOpensrs namespace. Import what a file calls:
 *
 *     use function WhmcsOpensrs\{whmcs_api, opensrs_request};
 *     use function WhmcsOpensrs\{opensrs_ops_encode, opensrs_ops_decode, opensrs_signature};
 *
 * scripts/check_ide_stubs.php fails when this file and the extension differ.
 *
 * Options (`$options`) of the WHMCS functions, each falling back to the ini
 * setting in brackets:
 * - transport (whmcs.transport = auto): "auto" calls WHMCS's localAPI()
 *   in-process when no url is set and localAPI() exists (code running inside
 *   WHMCS: hooks, modules), HTTP otherwise; "http" always HTTP; "local"
 *   always localAPI() (a TransportException when it does not exist)
 * - admin_user (whmcs.admin_user): the admin localAPI() runs the action as
 *   (its third argument); only passed when set
 * - url (whmcs.url): WHMCS base URL, or the full .../includes/api.php URL
 * - identifier, secret (whmcs.identifier, whmcs.secret): API credentials
 * - username, password (whmcs.username, whmcs.password): legacy admin login;
 *   the password is sent md5-hashed
 * - access_key (whmcs.access_key): sent as accesskey
 * - timeout, connect_timeout (whmcs.timeout = 30, whmcs.connect_timeout = 10): seconds
 * - verify_tls (whmcs.verify_tls = 1), ca_file, ca_path (whmcs.ca_file, whmcs.ca_path):
 *   ca_file/ca_path replace the system's CAs, they do not add to them
 * - max_response_size (whmcs.max_response_size = 16M): bytes
 * - allow_insecure_http (no ini): allow plain http:// to a non-loopback host
 * - ip_resolve (whmcs.ip_resolve = any): "any", "v4" or "v6", the address
 *   family calls connect over (allow lists name one)
 * - proxy (whmcs.proxy): a proxy URL (http, https, socks4, socks4a, socks5,
 *   socks5h; user:password@ when it wants credentials); none by default,
 *   and the environment's http_proxy/https_proxy/all_proxy are ignored
 * - logger (whmcs_opensrs.logger, a function name): see below
 *
 * Options of the OpenSRS functions:
 * - reseller_username, api_key (opensrs.reseller_username, opensrs.api_key):
 *   X-Username and the signing key. Inside WHMCS, when neither is set, they
 *   are read with getRegistrarConfigOptions() from the module "registrar"
 *   names, and TestMode picks the endpoint unless one is set
 * - registrar (opensrs.registrar = opensrs): "opensrs" (WHMCS's module:
 *   Username, PrivateKey) or "opensrspro" (TestUsername/TestAPIKey or
 *   ProdUsername/ProdAPIKey, as TestMode says)
 * - endpoint (opensrs.endpoint, empty): "test", "live" or a URL; when empty,
 *   "test", or the registrar's TestMode ("on": test, else live)
 * - registrant_ip (no ini): the top-level registrant_ip item
 * - timeout, connect_timeout, verify_tls, ca_file, ca_path, max_response_size,
 *   allow_insecure_http, ip_resolve, proxy: as above, from the opensrs.* ini
 *   settings
 * - logger (whmcs_opensrs.logger): see below
 *
 * Options of both APIs, single and many-call functions alike:
 * - retries (whmcs_opensrs.retries = 0, 0 to 10): times a call is sent again
 *   after a refusal that says it was not carried out (OpenSRS 300, 310, 437,
 *   486) or when no connection could be made; waits 0.25 s, then 0.5, 1, 2,
 *   4 s, never past timeout; never a call that was possibly sent
 *   (TransportException::isPossiblySent())
 * - keepalive_idle (whmcs_opensrs.keepalive_idle = 4, seconds > 0): a kept
 *   connection idle longer than this is closed rather than reused, before
 *   the server's own keep-alive timeout (Apache 5 s, nginx 75 s) closes it
 *   under a request; set it below the server's
 * - concurrency (whmcs_opensrs.concurrency = 4, 1 to 64): the many-call
 *   functions' transfers in flight per server; an OpenSRS 310 lowers it for
 *   the rest of the batch. Single calls take it and ignore it, so one
 *   $options array serves both forms.
 * - breaker (whmcs_opensrs.breaker = 1), breaker_failures
 *   (whmcs_opensrs.breaker_failures = 3, 1 to 1000), breaker_cooldown
 *   (whmcs_opensrs.breaker_cooldown = 30, seconds): the circuit breaker of
 *   the call's route (origin, and proxy), shared by the processes of a
 *   PHP-FPM or Apache pool. After breaker_failures consecutive failures that
 *   are the server's fault (no connection, TLS handshake failure, timeout,
 *   HTTP 502/503/504), calls fail at once with UnavailableException until
 *   breaker_cooldown seconds have passed; then one call at a time goes
 *   through, and an answer closes it. breaker false: the call is never
 *   refused (its outcome still counts).
 *
 * Module log: every call that was sent is logged once. The "logger" option
 * (a callable, or false for no log) wins; else whmcs_opensrs.logger when it
 * names a function that exists; else WHMCS's logModuleCall() when it exists
 * (module "whmcs_opensrs", the secrets in use as replaceVars). A logger gets
 * one array: module, api ("whmcs"/"opensrs"), action, url (where the call
 * was sent, without user:password@; null in-process), request (form fields
 * without credentials, or the OPS XML), response (raw), processed (the
 * decoded answer, or the error), error (null, or "Class: message"). Secrets
 * are masked (********) in all of it; so are values of parameters named like
 * a password, secret, card number, CVV or transfer code. What a logger
 * throws is dropped with a line in PHP's error log.
 *
 * Options are read as PHP reads scalar arguments in coercive mode, so WHMCS
 * module and addon settings (strings) can be passed as they are: numeric
 * strings for numbers ('30', ' 2.5 '); true, 1, '1', 'on' and false, 0, '0',
 * '', 'off' for booleans (a WHMCS checkbox is 'on' or ''); an int or float for
 * a string, as its decimal form. Unknown option names, and anything else, are
 * a ValueError or TypeError naming the option before anything is sent. An
 * invalid ini value is refused too: with a warning at startup naming the
 * setting and the value (the default applies), or by ini_set() returning false.
 */

namespace {
    /**
     * Removes a user's access to a client account (WHMCS API action
     * DeleteUserClient).
     *
     * ```php
     * add_hook('ClientClose', 1, function (array $vars) {
     *     try {
     *         delete_user_client(7, (int) $vars['userid']);
     *     } catch (WhmcsOpensrs\WhmcsException $e) {
     *         logActivity('whmcs_opensrs: ' . $e->getMessage());
     *     }
     * });
     * ```
     *
     * @param int $user_id the user (>= 1)
     * @param int $client_id the client account (>= 1)
     * @param array $options see the file header; inside WHMCS none are needed (localAPI())
     * @return true
     * @throws \ValueError when an id is below 1 or an option is unknown or out of range
     * @throws \TypeError when an option has the wrong type
     * @throws \WhmcsOpensrs\WhmcsAuthException when WHMCS refuses the credentials, the IP or the API role
     * @throws \WhmcsOpensrs\WhmcsException "Invalid user id", "Invalid client id",
     *         "User is not associated with client", "You cannot remove the account owner"
     * @throws \WhmcsOpensrs\ProtocolException when the answer is not WHMCS JSON (an HTML page, a redirect)
     * @throws \WhmcsOpensrs\TransportException when no answer arrives (DNS, connect, TLS, timeout, size bound),
     *         or transport "local" outside WHMCS
     * @throws \Throwable whatever WHMCS's localAPI() throws, unchanged
     */
    function delete_user_client(int $user_id, int $client_id, #[\SensitiveParameter] array $options = []): true {}

    /**
     * Deletes a sub-user of a domain's management account (OpenSRS XCP
     * "delete subuser").
     *
     * ```php
     * $reply = opensrs_delete_subuser('example.com', 2532880, 'domainowner', ['endpoint' => 'live']);
     * echo $reply['response_text'];
     * ```
     *
     * @param string $domain a syntactically valid domain name
     * @param int $sub_id the sub-user's id (>= 1)
     * @param string $username the domain's management account
     * @param array $options see the file header
     * @return array the decoded reply: is_success, response_code, response_text, ...
     * @throws \ValueError|\TypeError for a bad domain, id or option
     * @throws \WhmcsOpensrs\OpensrsAuthException when OpenSRS refuses the reseller credentials or this server's IP
     * @throws \WhmcsOpensrs\OpensrsException when is_success is not 1 (code = response_code)
     * @throws \WhmcsOpensrs\ProtocolException|\WhmcsOpensrs\TransportException
     */
    function opensrs_delete_subuser(string $domain, int $sub_id, string $username, #[\SensitiveParameter] array $options = []): array {}
}

namespace WhmcsOpensrs {
    /**
     * Calls any WHMCS API action and returns the decoded JSON response.
     *
     * ```php
     * $users = whmcs_api('GetUsers', ['search' => 'jane@example.com']);
     * foreach ($users['users'] as $user) { ... }
     * ```
     *
     * @param string $action the API action, e.g. "GetClientsDetails" (a non-empty ASCII word)
     * @param array $params the action's parameters; nested arrays are sent as http_build_query() does
     * @param array $options see the file header
     * @return array the response; its "result" is "success"
     * @throws \ValueError|\TypeError for a bad action name or option
     * @throws \WhmcsOpensrs\WhmcsAuthException|\WhmcsOpensrs\WhmcsException when WHMCS answers result=error
     * @throws \WhmcsOpensrs\ProtocolException when the answer is not WHMCS JSON, or localAPI() returns no array
     * @throws \WhmcsOpensrs\TransportException when no answer arrives, or transport "local" outside WHMCS
     * @throws \Throwable whatever WHMCS's localAPI() throws, unchanged
     */
    function whmcs_api(string $action, #[\SensitiveParameter] array $params = [], #[\SensitiveParameter] array $options = []): array {}

    /**
     * Sends any OpenSRS XCP command and returns the decoded reply.
     *
     * ```php
     * $reply = opensrs_request('get', 'subuser', ['domain' => 'example.com'],
     *                          ['domain' => 'example.com', 'username' => 'domainowner']);
     * ```
     *
     * @param string $action e.g. "lookup", "get", "add" (a non-empty ASCII word)
     * @param string $object e.g. "domain", "subuser" (a non-empty ASCII word)
     * @param array $attributes the command's attributes (sensitive: passwords, transfer codes)
     * @param array $extra further top-level items (domain, cookie, username, registrant_ip, ...)
     * @param array $options see the file header
     * @return array the decoded reply
     * @throws \ValueError|\TypeError for bad arguments or options
     * @throws \WhmcsOpensrs\OpensrsAuthException|\WhmcsOpensrs\OpensrsException
     * @throws \WhmcsOpensrs\ProtocolException|\WhmcsOpensrs\TransportException
     */
    function opensrs_request(string $action, string $object, #[\SensitiveParameter] array $attributes = [], #[\SensitiveParameter] array $extra = [], #[\SensitiveParameter] array $options = []): array {}

    /**
     * Many WHMCS calls at once (libcurl multi, at most "concurrency" in
     * flight), each made exactly as whmcs_api() would make it. Inside WHMCS
     * (localAPI()) they run one after another.
     *
     * ```php
     * $answers = whmcs_api_many([
     *     'uma' => ['action' => 'DeleteUserClient', 'params' => ['user_id' => 2, 'client_id' => 1]],
     *     'nico' => ['action' => 'DeleteUserClient', 'params' => ['user_id' => 3, 'client_id' => 1]],
     * ]);
     * foreach ($answers as $who => $answer) {
     *     if ($answer instanceof \Throwable) { logActivity("$who: " . $answer->getMessage()); }
     * }
     * ```
     *
     * @param array $calls key => ['action' => string, 'params' => array (optional)]
     * @param array $options see the file header; the same for every call
     * @return array key => the decoded answer, or the exception whmcs_api()
     *         would have thrown for that call, in the order of $calls
     * @throws \ValueError|\TypeError for a malformed entry or option, before anything is sent
     * @throws \Throwable exit() inside localAPI() or a logger ends the batch
     */
    function whmcs_api_many(#[\SensitiveParameter] array $calls, #[\SensitiveParameter] array $options = []): array {}

    /**
     * Many OpenSRS XCP commands at once (libcurl multi, at most
     * "concurrency" in flight), each made exactly as opensrs_request() would
     * make it. OpenSRS's 100 commands per connection and its 350 are handled
     * as for single calls; a 310 lowers the batch's concurrency.
     *
     * ```php
     * $replies = opensrs_request_many([
     *     'example.com' => ['action' => 'get', 'object' => 'subuser', 'attributes' => ['domain' => 'example.com'],
     *                       'extra' => ['domain' => 'example.com', 'username' => 'domainowner']],
     *     // ...
     * ], ['concurrency' => 8, 'retries' => 2]);
     * ```
     *
     * @param array $calls key => ['action' => string, 'object' => string,
     *        'attributes' => array (optional), 'extra' => array (optional)]
     * @param array $options see the file header; the same for every call
     * @return array key => the decoded reply, or the exception
     *         opensrs_request() would have thrown for that call, in the
     *         order of $calls
     * @throws \ValueError|\TypeError for a malformed entry or option, before anything is sent
     */
    function opensrs_request_many(#[\SensitiveParameter] array $calls, #[\SensitiveParameter] array $options = []): array {}

    /**
     * Per route this pool has called (key: origin, and " via " the proxy
     * when there is one), what its circuit breaker knows, as the last call's
     * breaker options see it: origin, proxy (or null), state ("closed",
     * "open", "half-open"), failures (consecutive), refused (calls failed at
     * once since the last answer), last_failure (null, or class, message,
     * time), last_success (Unix time or null), retry_at (when a call goes
     * through, or null when closed) and connections (kept open by this
     * process).
     *
     * ```php
     * foreach (health() as $route => $h) {
     *     if ($h['state'] !== 'closed') { echo "$route: {$h['state']}\n"; }
     * }
     * ```
     */
    function health(): array {}

    /**
     * The OPS envelope (header version 0.9) around $data. A list becomes a
     * dt_array, any other array a dt_assoc, a scalar a dt_scalar.
     *
     * @throws \ValueError for invalid UTF-8, characters XML forbids, objects,
     *         resources, INF/NAN, recursion, or nesting deeper than 64
     */
    function opensrs_ops_encode(mixed $data): string {}

    /**
     * The value of an OPS envelope's data_block; scalars come back as strings.
     *
     * @throws \WhmcsOpensrs\ProtocolException for XML that is not a well-formed
     *         OPS envelope, DOCTYPE internal subsets, entities, or nesting deeper than 64
     */
    function opensrs_ops_decode(string $xml): mixed {}

    /**
     * md5_hex(md5_hex($xml . $key) . $key): the X-Signature OpenSRS expects
     * for exactly these body bytes.
     *
     * @throws \ValueError when $key is empty
     */
    function opensrs_signature(string $xml, #[\SensitiveParameter] string $key): string {}

    /** Base of every exception the extension throws for a remote failure. */
    class Exception extends \RuntimeException
    {
        protected int $httpStatus = 0;

        /** The HTTP status of the answer; 0 when there was none. */
        public function getHttpStatus(): int {}
    }

    /**
     * No HTTP answer: DNS, connect, TLS, timeout, a connection that failed or
     * ended before the answer was whole, or a reply over max_response_size.
     * The message ends with "the request was not sent" or "the request was
     * possibly sent", as isPossiblySent() says.
     */
    class TransportException extends Exception
    {
        protected bool $possiblySent = false;

        /**
         * Whether any of the request may have reached the server, so that it
         * may have been carried out. Such a call is never sent again, by the
         * retries option or by libcurl: look before you repeat it.
         */
        public function isPossiblySent(): bool {}
    }

    /**
     * The route's circuit breaker is open: the call failed at once and
     * nothing was sent. The message names the route, the last failure and
     * when the next call goes through. Never sent again by "retries".
     */
    class UnavailableException extends TransportException
    {
    }

    /** An answer the protocol does not allow: HTML instead of JSON, malformed XML, a 3xx, a missing result. */
    class ProtocolException extends Exception
    {
    }

    /** WHMCS answered result (or status) = error; the message is WHMCS's. */
    class WhmcsException extends Exception
    {
        protected array $response = [];

        /** The decoded WHMCS response. */
        public function getResponse(): array {}
    }

    /** WHMCS refused the credentials, the client IP, the access key or the API role's permissions. */
    class WhmcsAuthException extends WhmcsException
    {
    }

    /** OpenSRS answered is_success != 1; getCode() is response_code. */
    class OpensrsException extends Exception
    {
        protected array $response = [];

        /** The decoded OPS reply. */
        public function getResponse(): array {}
    }

    /** OpenSRS refused the reseller credentials, or this server's IP is not whitelisted. */
    class OpensrsAuthException extends OpensrsException
    {
    }
}
