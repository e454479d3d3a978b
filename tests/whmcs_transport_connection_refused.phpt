--TEST--
Nothing listens at the WHMCS URL: TransportException saying the connection failed, status 0
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

/* A port that was free a moment ago and has no listener now. */
$socket = stream_socket_server('tcp://127.0.0.1:0');
$address = stream_socket_get_name($socket, false);
fclose($socket);

$options = ['url' => "http://$address/whmcs/", 'identifier' => WO_WHMCS_IDENTIFIER,
            'secret' => WO_WHMCS_SECRET, 'access_key' => WO_WHMCS_ACCESS_KEY];
try {
    delete_user_client(2, 1, $options);
} catch (WhmcsOpensrs\Exception $e) {
    wo_whmcs_report($e);
    var_dump($e->getCode() === 3 /* WO_HTTP_ERR_CONNECT */);
}
?>
--EXPECTF--
class: WhmcsOpensrs\TransportException
message: could not connect: %s; the request was not sent
code: %d
status: 0
secrets: none leaked
bool(true)
