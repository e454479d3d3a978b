--TEST--
Many calls: every request of a batch is checked before anything is sent, like the one before it or not: an unreadable ca_file fails each slot with its own TransportException, not sent, and a batch whose requests pass is sent whole
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

/* Nothing listens there: a request that got past the check would fail
 * to connect instead. */
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = explode(':', stream_socket_get_name($closed, false))[1];
fclose($closed);
$calls = array_fill(0, 3, ['action' => 'GetUsers']);
$results = WhmcsOpensrs\whmcs_api_many($calls, ['url' => "https://127.0.0.1:$port/", 'identifier' => 'x',
    'secret' => 'y', 'ca_file' => __DIR__ . '/no-such-ca.pem']);
foreach ($results as $i => $r) {
    echo $i, ': ', get_class($r), ': ', str_replace(__DIR__, 'DIR', $r->getMessage()), ' (',
        $r->isPossiblySent() ? 'possibly sent' : 'not sent', ")\n";
}

$whmcs = wo_whmcs_start(wo_whmcs_fixture());
$results = WhmcsOpensrs\whmcs_api_many($calls, $whmcs['options']);
echo 'passing batch: ', implode(', ', array_map(fn ($r) => is_array($r) ? $r['result'] : get_class($r), $results)), "\n";
?>
--EXPECTF--
0: WhmcsOpensrs\TransportException: TLS failed: ca_file DIR/no-such-ca.pem cannot be read: No such file or directory; the request was not sent (not sent)
1: WhmcsOpensrs\TransportException: TLS failed: ca_file DIR/no-such-ca.pem cannot be read: No such file or directory; the request was not sent (not sent)
2: WhmcsOpensrs\TransportException: TLS failed: ca_file DIR/no-such-ca.pem cannot be read: No such file or directory; the request was not sent (not sent)
passing batch: success, success, success
