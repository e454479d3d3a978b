--TEST--
Kept handle: each call on it gets its own URL, max_response_size and timeout, whatever the call before it had (a handle is given only the options that changed)
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

$whmcs = wo_whmcs_start(wo_whmcs_fixture(), ['flight' => ['delay_ms' => 300]]);
$options = $whmcs['options'];

function call(string $name, array $options, array $whmcs): void
{
    try {
        $reply = WhmcsOpensrs\whmcs_api('GetUsers', [], $options);
        echo $name, ': ', $reply['result'];
    } catch (WhmcsOpensrs\Exception $e) {
        echo $name, ': ', get_class($e), ': ', $e->getMessage();
    }
    echo ' (', wo_whmcs_last_request($whmcs)['uri'] ?? '-', ")\n";
}

call('16-byte bound', $options + ['max_response_size' => 16], $whmcs);
call('the default bound', $options, $whmcs);
call('0.1 s timeout', ['timeout' => 0.1] + $options, $whmcs);
call('timeout as before', $options, $whmcs);
call('another path', ['url' => $options['url'] . '/other'] + $options, $whmcs);
call('the first path again', $options, $whmcs);
?>
--EXPECTF--
16-byte bound: WhmcsOpensrs\TransportException: the answer is larger than max_response_size (16 bytes); the request was possibly sent (/includes/api.php)
the default bound: success (/includes/api.php)
0.1 s timeout: WhmcsOpensrs\TransportException: %s 0.1 s; the request was possibly sent (/includes/api.php)
timeout as before: success (/includes/api.php)
another path: success (/other/includes/api.php)
the first path again: success (/includes/api.php)
