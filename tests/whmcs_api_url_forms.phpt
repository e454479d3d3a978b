--TEST--
WhmcsOpensrs\whmcs_api(): a base URL gets includes/api.php appended; a full api.php URL is used as it is
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());
$base = $server['url'];

foreach (["$base", "$base/", "$base/billing", "$base/billing/", "$base/includes/api.php",
          "$base/billing/includes/api.php"] as $url) {
    $answer = WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => $url] + $server['options']);
    echo str_replace($base, 'BASE', $url), ' -> ', wo_whmcs_last_request($server)['uri'], ' ', $answer['result'], "\n";
}

/* Plain http is for loopback only: credentials do not cross a network in
 * the clear unless the caller says so. */
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => 'http://billing.example.com/'] + $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
try {
    WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => 'ftp://127.0.0.1/'] + $server['options']);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
}
?>
--EXPECTF--
BASE -> /includes/api.php success
BASE/ -> /includes/api.php success
BASE/billing -> /billing/includes/api.php success
BASE/billing/ -> /billing/includes/api.php success
BASE/includes/api.php -> /includes/api.php success
BASE/billing/includes/api.php -> /billing/includes/api.php success
class: WhmcsOpensrs\TransportException
message: plain http:// to billing.example.com is refused: use https://, or set allow_insecure_http; the request was not sent
code: %d
status: 0
secrets: none leaked
class: WhmcsOpensrs\TransportException
message: the URL scheme must be http or https, not ftp; the request was not sent
code: %d
status: 0
secrets: none leaked
