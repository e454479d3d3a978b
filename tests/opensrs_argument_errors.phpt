--TEST--
opensrs_delete_subuser() and WhmcsOpensrs\opensrs_request() check their arguments before sending anything: ValueError or TypeError naming the argument
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$o = $server['options'];

function attempt(callable $call): void
{
    try {
        $call();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$domains = ['', 'exa mple.com', '-bad.com', 'bad-.com', 'a..com', '.example.com', 'example.com.', 'com',
    'example.123', str_repeat('a', 64) . '.com', str_repeat('abcdefghi.', 25) . 'coms', "exämple.com",
    "example.com\0.evil", 'ex_ample.com', 'example.com/x'];
foreach ($domains as $domain) {
    attempt(fn () => opensrs_delete_subuser($domain, 1, 'domainowner', $o));
}
attempt(fn () => opensrs_delete_subuser('example.com', 0, 'domainowner', $o));
attempt(fn () => opensrs_delete_subuser('example.com', -7, 'domainowner', $o));
attempt(fn () => opensrs_delete_subuser('example.com', '12abc', 'domainowner', $o));
attempt(fn () => opensrs_delete_subuser('example.com', 1, '', $o));
attempt(fn () => opensrs_delete_subuser('example.com', 1, "owner\xff", $o));
attempt(fn () => opensrs_delete_subuser('example.com', 1, "owner\x01", $o));

attempt(fn () => WhmcsOpensrs\opensrs_request('', 'subuser', [], [], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get balance', 'balance', [], [], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'sub-user', [], [], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', '', [], [], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('lookup', 'dömain', [], [], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request(str_repeat('x', 65), 'domain', [], [], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['action' => 'delete'], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['Attributes' => []], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['PROTOCOL' => 'XCP'], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['example.com'], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => "\xC3("], [], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['domain' => new stdClass()], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['domain' => "bell\x07"], $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', ['x' => [1, 2, ['deep' => NAN]]], [], $o));

/* Options: missing credentials, a header-breaking username, an unknown name. */
attempt(fn () => opensrs_delete_subuser('example.com', 1, 'domainowner', ['api_key' => ''] + $o));
attempt(fn () => opensrs_delete_subuser('example.com', 1, 'domainowner', ['reseller_username' => ''] + $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['reseller_username' => "rick\r\nX-Evil: 1"] + $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['url' => 'http://127.0.0.1/'] + $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['registrant_ip' => '203.0.113.300'] + $o));
attempt(fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['registrant_ip' => 'localhost'] + $o));

echo "requests sent: ", count(wo_opensrs_state($server['state'])['requests']), "\n";

/* Valid names are sent: an IDN in its xn-- form, digits, hyphens, 63-octet labels. */
foreach (['xn--bcher-kva.example', '3com.example.co.uk', 'a-b--c.org', str_repeat('a', 63) . '.com'] as $domain) {
    attempt(fn () => opensrs_delete_subuser($domain, 1, 'domainowner', $o));
}
echo "requests sent: ", count(wo_opensrs_state($server['state'])['requests']), "\n";
?>
--EXPECTF--
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #1 ($domain) must be a valid domain name (ASCII letters, digits and hyphens in dot-separated labels; an IDN in its xn-- form)
ValueError: opensrs_delete_subuser(): Argument #2 ($sub_id) must be greater than or equal to 1
ValueError: opensrs_delete_subuser(): Argument #2 ($sub_id) must be greater than or equal to 1
TypeError: opensrs_delete_subuser(): Argument #2 ($sub_id) must be of type int, string given
ValueError: opensrs_delete_subuser(): Argument #3 ($username) must not be empty
ValueError: opensrs_delete_subuser(): Argument #3 ($username) must be valid UTF-8 without characters XML 1.0 forbids
ValueError: opensrs_delete_subuser(): Argument #3 ($username) must be valid UTF-8 without characters XML 1.0 forbids
ValueError: WhmcsOpensrs\opensrs_request(): Argument #1 ($action) must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
ValueError: WhmcsOpensrs\opensrs_request(): Argument #1 ($action) must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
ValueError: WhmcsOpensrs\opensrs_request(): Argument #2 ($object) must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
ValueError: WhmcsOpensrs\opensrs_request(): Argument #2 ($object) must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
ValueError: WhmcsOpensrs\opensrs_request(): Argument #2 ($object) must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
ValueError: WhmcsOpensrs\opensrs_request(): Argument #1 ($action) must be a non-empty ASCII word (letters, digits, _) of at most 64 characters
ValueError: WhmcsOpensrs\opensrs_request(): Argument #4 ($extra) must not contain the item "action": it is set from the function's own arguments
ValueError: WhmcsOpensrs\opensrs_request(): Argument #4 ($extra) must not contain the item "attributes": it is set from the function's own arguments
ValueError: WhmcsOpensrs\opensrs_request(): Argument #4 ($extra) must not contain the item "protocol": it is set from the function's own arguments
ValueError: WhmcsOpensrs\opensrs_request(): Argument #4 ($extra) must have string keys (top-level OPS items are named)
ValueError: WhmcsOpensrs\opensrs_request(): Argument #3 ($attributes) must be valid UTF-8 (%s)
ValueError: WhmcsOpensrs\opensrs_request(): Argument #4 ($extra) must not contain objects (found stdClass)
ValueError: WhmcsOpensrs\opensrs_request(): Argument #4 ($extra) must not contain characters XML 1.0 forbids (%s)
ValueError: WhmcsOpensrs\opensrs_request(): Argument #3 ($attributes) must not contain INF or NAN
ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "api_key" when opensrs.api_key is not set
ValueError: opensrs_delete_subuser(): Argument #4 ($options) must contain "reseller_username" when opensrs.reseller_username is not set
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "reseller_username" must not contain CR, LF or NUL
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) contains unknown option "url"
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "registrant_ip" must be an IPv4 or IPv6 address
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "registrant_ip" must be an IPv4 or IPv6 address
requests sent: 0
WhmcsOpensrs\OpensrsException: Domain xn--bcher-kva.example not found.
WhmcsOpensrs\OpensrsException: Domain 3com.example.co.uk not found.
WhmcsOpensrs\OpensrsException: Domain a-b--c.org not found.
WhmcsOpensrs\OpensrsException: Domain aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com not found.
requests sent: 4
