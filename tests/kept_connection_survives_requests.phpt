--TEST--
A kept connection serves the next request of the same PHP process, as in a PHP-FPM worker: no new connection or TLS handshake per page
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/*
 * php -S runs every request in one process, like one PHP-FPM worker: here
 * it is the web server, and this file is its router, which makes one
 * OpenSRS call per page, as a hook does.
 */
if (PHP_SAPI === 'cli-server') {
    $reply = WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
        ['domain' => 'example.com', 'username' => 'domainowner'],
        ['endpoint' => getenv('WO_TEST_ENDPOINT'), 'reseller_username' => getenv('WO_OPENSRS_RESELLER'),
         'api_key' => getenv('WO_OPENSRS_KEY')]);
    echo $reply['response_code'];
    return;
}

require __DIR__ . '/opensrs.inc';
require_once __DIR__ . '/php_child.inc';
/* The socket server keeps connections open and counts commands per connection. */
$opensrs = wo_opensrs_start_socket('keepalive');
$pages = wo_server_start(__FILE__, ['WO_TEST_ENDPOINT' => $opensrs['url'],
    'WO_OPENSRS_RESELLER' => WO_OPENSRS_RESELLER, 'WO_OPENSRS_KEY' => WO_OPENSRS_KEY],
    [...wo_child_extensions('whmcs_opensrs'), 'pcre.jit=0']);
for ($i = 0; $i < 5; $i++) {
    echo 'page ', $i + 1, ': ', file_get_contents("$pages/hook.php"), "\n";
}
/* Commands per connection, as the server counted them: one connection
 * opened per page would show as 1 1 1 1 1. */
echo implode(' ', wo_opensrs_state($opensrs['state'])['connections']), "\n";
?>
--EXPECT--
page 1: 200
page 2: 200
page 3: 200
page 4: 200
page 5: 200
5
