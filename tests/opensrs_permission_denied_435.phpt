--TEST--
opensrs_delete_subuser() with a username that does not manage the domain: OpensrsException 435 (not an auth exception), text on one line
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$id = wo_opensrs_add_subuser($server, 'other-owner.org', owner: 'someoneelse');

try {
    opensrs_delete_subuser('other-owner.org', $id, 'domainowner', $server['options']);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
    var_dump($e->getMessage());
    var_dump(str_contains($e->getResponse()['response_text'], "\n"));
}
var_dump(wo_opensrs_state($server['state'])['domains']['other-owner.org']['subuser']['id'] === $id);
echo opensrs_delete_subuser('other-owner.org', $id, 'someoneelse', $server['options'])['response_text'], "\n";
?>
--EXPECT--
WhmcsOpensrs\OpensrsException 435
string(81) "Permission denied: not owner. User 'domainowner' does not manage other-owner.org."
bool(true)
bool(true)
Command completed successfully
