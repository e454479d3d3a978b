--TEST--
The bundled OpenSRS server rejects every request whose X-Signature is not over its exact bytes, so each passing call proves the extension's signature
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$key = WO_OPENSRS_KEY;

/* A raw POST with PHP's own http:// wrapper, independent of the extension's transport. */
function post(string $url, string $body, array $headers): string
{
    $context = stream_context_create(['http' => [
        'method' => 'POST',
        'header' => array_merge(['Content-Type: text/xml'], $headers),
        'content' => $body,
        'ignore_errors' => true,
    ]]);
    $reply = WhmcsOpensrs\opensrs_ops_decode(file_get_contents($url, false, $context));
    return "{$reply['response_code']} {$reply['response_text']}";
}

$body = WhmcsOpensrs\opensrs_ops_encode(['protocol' => 'XCP', 'action' => 'get', 'object' => 'subuser',
    'domain' => 'example.com', 'username' => 'domainowner', 'attributes' => ['domain' => 'example.com']]);
$good = md5(md5($body . $key) . $key);
$user = 'X-Username: ' . WO_OPENSRS_RESELLER;

echo 'correct: ', post($server['url'], $body, [$user, "X-Signature: $good"]), "\n";
echo 'one byte more in the body: ', post($server['url'], $body . ' ', [$user, "X-Signature: $good"]), "\n";
echo 'upper-case hex: ', post($server['url'], $body, [$user, 'X-Signature: ' . strtoupper($good)]), "\n";
echo 'single md5: ', post($server['url'], $body, [$user, 'X-Signature: ' . md5($body . $key)]), "\n";
echo 'no signature: ', post($server['url'], $body, [$user]), "\n";
echo 'other reseller: ', post($server['url'], $body, ['X-Username: someone', "X-Signature: $good"]), "\n";

/* Through the extension: the server recomputed and matched the signature,
 * and it is md5_hex(md5_hex(body . key) . key) of the bytes received. */
opensrs_delete_subuser('example.com', wo_opensrs_add_subuser($server, 'example.com'), 'domainowner', $server['options']);
$request = wo_opensrs_last_request($server['state']);
var_dump($request['signature_valid']);
var_dump($request['x_signature'] === md5(md5($request['body'] . $key) . $key));
var_dump($request['x_signature'] === WhmcsOpensrs\opensrs_signature($request['body'], $key));
?>
--EXPECT--
correct: 200 Query Successful
one byte more in the body: 401 Authentication Failed
upper-case hex: 401 Authentication Failed
single md5: 401 Authentication Failed
no signature: 401 Authentication Failed
other reseller: 401 Authentication Failed
bool(true)
bool(true)
bool(true)
