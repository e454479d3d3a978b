<?php
/*
 * Writes seed inputs for whmcs_response_fuzzer into DIR, from the WHMCS
 * conformance corpus (CONFORMANCE_DIR: the vendor's example responses and
 * documented error messages, and the error bodies users have reported) and
 * a few shapes the corpus lacks (HTML pages, a byte order mark, the legacy
 * key=value format, credentials echoed back).
 *
 *   php -n fuzz/whmcs_seeds.php CONFORMANCE_DIR DIR
 *
 * Input format (see whmcs_response_fuzzer.c): one byte that picks the HTTP
 * status, then the body.
 */
declare(strict_types=1);

/* Indexes into the harness's STATUSES. */
const STATUS_200 = "\x00";
const STATUS_403 = "\x01";
const STATUS_400 = "\x02";
const STATUS_NONE = "\x03";
const STATUS_500 = "\x04";

[$self, $conformance, $dir] = $argv + [null, null, null];
if ($conformance === null || $dir === null || !is_dir($dir)) {
    fwrite(STDERR, "usage: php -n whmcs_seeds.php CONFORMANCE_DIR DIR\n");
    exit(2);
}

$count = 0;
$seed = static function (string $name, string $status, string $body) use ($dir, &$count): void {
    file_put_contents("$dir/seed-" . preg_replace('/[^A-Za-z0-9_.-]/', '_', $name), $status . $body);
    $count++;
};
$json = static fn (array $value): string => json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
$error = static fn (string $message): string => $json(['result' => 'error', 'message' => $message]);

foreach (glob("$conformance/*.json") ?: [] as $file) {
    $doc = json_decode((string) file_get_contents($file), true);
    $base = basename($file, '.json');
    if (!is_array($doc)) {
        continue;
    }
    if (isset($doc['example_response_json'])) {
        $seed("$base.example", STATUS_200, $json($doc['example_response_json']));
    }
    foreach ($doc['documented_error_messages'] ?? [] as $i => $message) {
        $seed("$base.error$i", STATUS_200, $error($message));
    }
    foreach ($doc['items'] ?? [] as $item) {
        $name = "observed.{$item['name']}";
        if (isset($item['body_raw'])) {
            $seed($name, STATUS_403, $item['body_raw']);
        }
        if (isset($item['body_json'])) {
            $seed($name, STATUS_200, $json($item['body_json']));
        }
        foreach ($item['message_examples'] ?? [] as $i => $message) {
            $seed("$name.$i", STATUS_403, $error($message));
        }
    }
}
if ($count === 0) {
    fwrite(STDERR, "whmcs_seeds.php: no conformance payloads in $conformance\n");
}

/* What stands in front of WHMCS, and what the corpus does not show. */
$seed('html.maintenance', STATUS_500, "<!DOCTYPE html>\n<html><head><title>Down for Maintenance</title>"
    . "<style>body{font:12px}</style><script>var x = '<b>';</script></head>\n"
    . "<body><h1>Down for Maintenance</h1><p>An upgrade is in progress &amp; will end soon.</p></body></html>\n");
$seed('html.waf_echo', STATUS_403, "<html><body><h1>Request blocked</h1><pre>action=GetUsers&amp;identifier=abc"
    . "&amp;secret=s3cr3t%3FAPI%2Bkey%2F%3D&amp;accesskey=Access+Key%269&amp;responsetype=json</pre></body></html>");
$seed('html.head_only', STATUS_500, '<html><head><title>502 Bad Gateway</title></head></html>');
$seed('bom', STATUS_200, "\xEF\xBB\xBF" . $json(['result' => 'success', 'clientid' => 7]));
$seed('blank', STATUS_200, " \r\n\t ");
$seed('nvp', STATUS_403, 'result=error;message=Invalid IP 203.0.113.9');
$seed('no_status_line', STATUS_NONE, 'ERROR: not an HTTP server');
$seed('status_key', STATUS_200, $json(['status' => 'success', 'permissions' => ['profile', 'contacts']]));
$seed('status_and_result', STATUS_200, $json(['result' => 'success', 'status' => 'Active', 'id' => 1]));
$seed('unknown_result', STATUS_200, $json(['result' => 'pending', 'message' => 'queued']));
$seed('result_not_string', STATUS_200, '{"result":true,"message":null}');
$seed('error_without_message', STATUS_400, '{"result":"error"}');
$seed('error_echoes_secret', STATUS_403, $error('Authentication Failed for secret s3cr3t?API+key/='));
$seed('error_escapes', STATUS_200, '{"result":"error","message":"Invalid Permissions: API action \u0022getclients\u0022 is not allowed \ud83d\ude00"}');
$seed('list', STATUS_200, '[{"result":"success"}]');
$seed('deep', STATUS_200, '{"result":"success","x":' . str_repeat('[', 600) . str_repeat(']', 600) . '}');
$seed('numbers', STATUS_200, '{"result":"success","a":1e400,"b":-0.0,"c":123456789012345678901234567890}');

fwrite(STDERR, "whmcs_seeds.php: wrote $count seeds to $dir\n");
