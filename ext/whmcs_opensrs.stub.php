<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 * @undocumentable
 */

namespace {
    /** WHMCS DeleteUserClient: removes a user's access to a client account. */
    function delete_user_client(int $user_id, int $client_id, #[\SensitiveParameter] array $options = []): true {}

    /** OpenSRS XCP "delete subuser"; the decoded reply. */
    function opensrs_delete_subuser(string $domain, int $sub_id, string $username,
                                    #[\SensitiveParameter] array $options = []): array {}
}

namespace WhmcsOpensrs {
    /** The OPS envelope (header version 0.9) around $data. */
    function opensrs_ops_encode(mixed $data): string {}

    /** The value in an OPS envelope's data_block. */
    function opensrs_ops_decode(string $xml): mixed {}

    /** md5_hex(md5_hex($xml . $key) . $key): OpenSRS's X-Signature. */
    function opensrs_signature(string $xml, #[\SensitiveParameter] string $key): string {}

    /**
     * Any WHMCS API action; the decoded JSON response. $params is sensitive
     * too: WHMCS actions take passwords in it (password2 of AddUser,
     * AddClient, ValidateLogin, UpdateUser...).
     */
    function whmcs_api(string $action, #[\SensitiveParameter] array $params = [], #[\SensitiveParameter] array $options = []): array {}

    /**
     * Any OpenSRS XCP command; the decoded reply. $attributes and $extra are
     * sensitive: commands carry passwords and transfer codes there
     * (sub_password, auth_info, reg_password...).
     */
    function opensrs_request(string $action, string $object, #[\SensitiveParameter] array $attributes = [],
                             #[\SensitiveParameter] array $extra = [],
                             #[\SensitiveParameter] array $options = []): array {}

    /**
     * Many WHMCS calls at once: key => ['action' => string, 'params' => array].
     * key => the decoded answer, or the WhmcsOpensrs\Exception the single call
     * would have thrown, in the order of $calls.
     */
    function whmcs_api_many(#[\SensitiveParameter] array $calls, #[\SensitiveParameter] array $options = []): array {}

    /**
     * Many OpenSRS commands at once: key => ['action' => string, 'object' =>
     * string, 'attributes' => array, 'extra' => array]. key => the decoded
     * reply, or the WhmcsOpensrs\Exception the single call would have thrown,
     * in the order of $calls.
     */
    function opensrs_request_many(#[\SensitiveParameter] array $calls,
                                  #[\SensitiveParameter] array $options = []): array {}

    /**
     * Per route this pool has called (origin, and proxy when there is one):
     * its circuit breaker's state, consecutive failures, last failure and
     * success, and the connections this process keeps open to it.
     */
    function health(): array {}

    class Exception extends \RuntimeException
    {
        protected int $httpStatus = 0;

        /** The HTTP status of the answer; 0 when there was none. */
        public function getHttpStatus(): int {}
    }

    class TransportException extends Exception
    {
        protected bool $possiblySent = false;

        /**
         * Whether any of the request may have reached the server, so that it
         * may have been carried out; the message says the same. Such a call
         * is never sent again, by the retries option or by libcurl.
         */
        public function isPossiblySent(): bool {}
    }

    /** The route's circuit breaker is open: the call failed at once, and its request was not sent. */
    class UnavailableException extends TransportException
    {
    }

    class ProtocolException extends Exception
    {
    }

    class WhmcsException extends Exception
    {
        protected array $response = [];

        /** The decoded WHMCS response. */
        public function getResponse(): array {}
    }

    class WhmcsAuthException extends WhmcsException
    {
    }

    class OpensrsException extends Exception
    {
        protected array $response = [];

        /** The decoded OPS reply. */
        public function getResponse(): array {}
    }

    class OpensrsAuthException extends OpensrsException
    {
    }
}
