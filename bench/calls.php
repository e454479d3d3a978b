<?php
/*
 * Per-call benchmark of one API call, in four ways, against canned replies:
 *   ext     the extension: delete_user_client() / opensrs_delete_subuser()
 *   vendor  the vendor's sample pattern: ext/curl with a new handle per call,
 *           json_decode() / DOM to build and parse the XML
 *   reuse   the best userland PHP: one ext/curl handle kept for every call
 * (the C floor is bench/floor.c). Prints one JSON object per line:
 * {api, scheme, impl, us, cpu_us}: medians over RUNS runs of CALLS calls.
 *
 *   php calls.php HTTP_BASE HTTPS_BASE CA_FILE CALLS RUNS [rss|ext]
 * where a base is http://127.0.0.1:PORT serving /includes/api.php and /opensrs;
 * "ext" measures the extension over HTTPS only (bench/ab.sh).
 */
declare(strict_types=1);
require __DIR__ . '/php_codec.php';

[$_, $httpBase, $httpsBase, $caFile, $calls, $runs] = $argv;
$calls = (int) $calls;
$runs = (int) $runs;

const IDENTIFIER = 'bench-identifier';
const SECRET = 'bench-secret';
const RESELLER = 'benchreseller';
const KEY = 'bench-opensrs-key';

function whmcs_fields(): array
{
    return ['action' => 'DeleteUserClient', 'user_id' => 2, 'client_id' => 5,
        'identifier' => IDENTIFIER, 'secret' => SECRET, 'responsetype' => 'json'];
}

function opensrs_request_value(): array
{
    return ['protocol' => 'XCP', 'action' => 'delete', 'object' => 'subuser',
        'domain' => 'example.com', 'username' => 'domainowner',
        'attributes' => ['domain' => 'example.com', 'sub_id' => '2532880']];
}

/* The vendor sample: a new handle, hence a new connection and handshake, per call. */
function vendor_whmcs(string $url, string $ca): array
{
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, $url);
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($ch, CURLOPT_CAINFO, $ca);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(whmcs_fields()));
    $response = curl_exec($ch);
    curl_close($ch);
    $data = json_decode((string) $response, true);
    if (($data['result'] ?? '') !== 'success') {
        throw new RuntimeException('vendor_whmcs failed');
    }
    return $data;
}

function vendor_opensrs(string $url, string $ca): array
{
    $xml = PhpOpsCodec::encode(opensrs_request_value());
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($ch, CURLOPT_CAINFO, $ca);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: text/xml', 'X-Username: ' . RESELLER,
        'X-Signature: ' . md5(md5($xml . KEY) . KEY)]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $xml);
    $response = curl_exec($ch);
    curl_close($ch);
    $reply = PhpOpsCodec::decode((string) $response);
    if (($reply['is_success'] ?? '') !== '1') {
        throw new RuntimeException('vendor_opensrs failed');
    }
    return $reply;
}

/* The best userland PHP: one handle for every call, so the connection stays up. */
function reuse_handle(string $url, string $ca): CurlHandle
{
    static $handles = [];
    if (!isset($handles[$url])) {
        $ch = curl_init($url);
        curl_setopt($ch, CURLOPT_POST, 1);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
        curl_setopt($ch, CURLOPT_CAINFO, $ca);
        $handles[$url] = $ch;
    }
    return $handles[$url];
}

function reuse_whmcs(string $url, string $ca): array
{
    $ch = reuse_handle($url, $ca);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(whmcs_fields()));
    $data = json_decode((string) curl_exec($ch), true);
    if (($data['result'] ?? '') !== 'success') {
        throw new RuntimeException('reuse_whmcs failed');
    }
    return $data;
}

function reuse_opensrs(string $url, string $ca): array
{
    $ch = reuse_handle($url, $ca);
    $xml = PhpOpsCodec::encode(opensrs_request_value());
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: text/xml', 'X-Username: ' . RESELLER,
        'X-Signature: ' . md5(md5($xml . KEY) . KEY)]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $xml);
    $reply = PhpOpsCodec::decode((string) curl_exec($ch));
    if (($reply['is_success'] ?? '') !== '1') {
        throw new RuntimeException('reuse_opensrs failed');
    }
    return $reply;
}

function ext_whmcs(string $url, string $ca): bool
{
    return delete_user_client(2, 5, ['url' => $url, 'identifier' => IDENTIFIER, 'secret' => SECRET,
        'ca_file' => $ca]);
}

function ext_opensrs(string $url, string $ca): array
{
    return opensrs_delete_subuser('example.com', 2532880, 'domainowner', ['endpoint' => $url,
        'reseller_username' => RESELLER, 'api_key' => KEY, 'ca_file' => $ca]);
}

function cpu_us(): float
{
    $u = getrusage();
    return $u['ru_utime.tv_sec'] * 1e6 + $u['ru_utime.tv_usec'] + $u['ru_stime.tv_sec'] * 1e6 + $u['ru_stime.tv_usec'];
}

function rss_kb(): int
{
    preg_match('/^VmRSS:\s+(\d+)/m', (string) file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

function median(array $xs): float
{
    sort($xs);
    return $xs[intdiv(count($xs), 2)];
}

function measure(callable $call, int $calls, int $runs): array
{
    $call();   /* connect and handshake outside the measurement */
    $wall = $cpu = [];
    for ($r = 0; $r < $runs; $r++) {
        $t = hrtime(true);
        $c = cpu_us();
        for ($i = 0; $i < $calls; $i++) {
            $call();
        }
        $cpu[] = (cpu_us() - $c) / $calls;
        $wall[] = (hrtime(true) - $t) / 1000 / $calls;
    }
    return [round(median($wall), 2), round(median($cpu), 2)];
}

$urls = [];
foreach (['http' => $httpBase, 'https' => $httpsBase] as $scheme => $base) {
    $urls[$scheme] = ['whmcs' => "$base/includes/api.php", 'opensrs' => "$base/opensrs"];
}

$mode = $argv[6] ?? '';
if ($mode === 'rss') {
    /* RSS over many extension calls on a kept HTTP connection. */
    for ($i = 0; $i < 1000; $i++) {
        ext_whmcs($urls['http']['whmcs'], $caFile);
        ext_opensrs($urls['http']['opensrs'], $caFile);
    }
    $before = rss_kb();
    for ($i = 0; $i < $calls / 2; $i++) {
        ext_whmcs($urls['http']['whmcs'], $caFile);
        ext_opensrs($urls['http']['opensrs'], $caFile);
    }
    echo json_encode(['kind' => 'rss', 'calls' => $calls, 'rss_kb_before' => $before, 'rss_kb_after' => rss_kb()]), "\n";
    exit;
}

foreach ($urls as $scheme => $byApi) {
    if ($mode === 'ext' && $scheme !== 'https') {
        continue;
    }
    foreach ($byApi as $api => $url) {
        foreach ($mode === 'ext' ? ['ext'] : ['ext', 'reuse', 'vendor'] as $impl) {
            $fn = "{$impl}_{$api}";
            /* A new TLS handshake per call is slow: fewer calls keep the run short. */
            $n = $impl === 'vendor' && $scheme === 'https' ? max(50, intdiv($calls, 20)) : $calls;
            [$us, $cpu] = measure(fn () => $fn($url, $caFile), $n, $runs);
            echo json_encode(['kind' => 'call', 'api' => $api, 'scheme' => $scheme, 'impl' => $impl, 'us' => $us, 'cpu_us' => $cpu]), "\n";
        }
    }
}
