<?php
/*
 * The same call written as the vendor's sample code does: a new ext/curl
 * handle per call, json_decode() for WHMCS, DOM for OpenSRS.
 */
require __DIR__ . '/../php_codec.php';

$ca = ini_get('whmcs.ca_file');
if (($_GET['api'] ?? 'whmcs') === 'opensrs') {
    $key = getenv('BENCH_OPENSRS_KEY');
    $xml = PhpOpsCodec::encode(['protocol' => 'XCP', 'action' => 'delete', 'object' => 'subuser',
        'domain' => 'example.com', 'username' => 'domainowner',
        'attributes' => ['domain' => 'example.com', 'sub_id' => '2532880']]);
    $ch = curl_init(ini_get('opensrs.endpoint'));
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($ch, CURLOPT_CAINFO, $ca);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: text/xml', 'X-Username: benchreseller',
        'X-Signature: ' . md5(md5($xml . $key) . $key)]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $xml);
    $reply = PhpOpsCodec::decode((string) curl_exec($ch));
    curl_close($ch);
    $out = $reply['response_code'] . "\n";
} else {
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, ini_get('whmcs.url'));
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($ch, CURLOPT_CAINFO, $ca);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['action' => 'DeleteUserClient',
        'user_id' => 2, 'client_id' => 5, 'identifier' => getenv('BENCH_WHMCS_IDENTIFIER'),
        'secret' => getenv('BENCH_WHMCS_SECRET'), 'responsetype' => 'json']));
    $response = curl_exec($ch);
    curl_close($ch);
    $data = json_decode((string) $response, true);
    $out = ($data['result'] ?? '') === 'success' ? "ok\n" : "failed\n";
}
header('Content-Length: ' . strlen($out));
echo $out;
