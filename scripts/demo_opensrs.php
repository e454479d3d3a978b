<?php
/*
 * The OpenSRS part of the demo, included by scripts/demo.php: starts the
 * bundled OpenSRS XCP server (tests/servers/opensrs.php) on 127.0.0.1,
 * adds a subuser to example.com with WhmcsOpensrs\opensrs_request(), deletes it with
 * opensrs_delete_subuser(), and prints what came back. The server checks
 * X-Username and recomputes X-Signature over the bytes it received, so a
 * reply with is_success 1 shows the request was signed correctly.
 */
require_once __DIR__ . '/../tests/opensrs.inc';

$opensrsServer = wo_opensrs_start();
echo "== OpenSRS: bundled XCP server at {$opensrsServer['url']}\n";

$opensrsAdded = WhmcsOpensrs\opensrs_request('add', 'subuser',
    ['domain' => 'example.com', 'sub_username' => 'webdev', 'sub_password' => 'demo-sub-password', 'sub_permission' => 16],
    ['domain' => 'example.com', 'username' => 'domainowner'], $opensrsServer['options']);
$opensrsSubId = (int) $opensrsAdded['attributes']['id'];
echo "WhmcsOpensrs\opensrs_request('add', 'subuser', ...): {$opensrsAdded['response_code']} {$opensrsAdded['response_text']}, "
    . "sub_id $opensrsSubId\n\n";

echo "== opensrs_delete_subuser('example.com', $opensrsSubId, 'domainowner')\n";
$opensrsDeleted = opensrs_delete_subuser('example.com', $opensrsSubId, 'domainowner', $opensrsServer['options']);
var_export($opensrsDeleted);
echo "\n";

$opensrsRequest = wo_opensrs_last_request($opensrsServer['state']);
echo "server saw: X-Username {$opensrsRequest['x_username']}, Content-Type {$opensrsRequest['content_type']}, "
    . 'X-Signature ' . ($opensrsRequest['signature_valid'] ? 'valid' : 'INVALID') . "\n";

try {
    opensrs_delete_subuser('example.com', $opensrsSubId, 'domainowner', $opensrsServer['options']);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo "deleting it again: ", get_class($e), " {$e->getCode()}: {$e->getMessage()}\n";
}
