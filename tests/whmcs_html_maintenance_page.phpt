--TEST--
An HTML maintenance page instead of JSON: ProtocolException with the status and a short text excerpt
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(['mode' => 'maintenance'] + wo_whmcs_fixture());

try {
    delete_user_client(2, 1, $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
    /* One line, no markup, bounded. */
    var_dump(strlen($e->getMessage()) < 200, strpbrk($e->getMessage(), "<>\n") === false);
}
var_dump(count(wo_whmcs_state_links($server)));
?>
--EXPECT--
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 503): "Down for Maintenance We are currently performing maintenance and will be back sh..."
code: 0
status: 503
secrets: none leaked
bool(true)
bool(true)
int(3)
