<?php
/*
 * A small HTTP proxy for the proxy tests: CONNECT tunnels (https:// URLs)
 * and absolute-form requests (http:// URLs), to 127.0.0.1 only.
 *
 *   php -n proxy.php CONFIG_JSON
 *
 * CONFIG_JSON: {"log": PATH (one line per request the proxy received:
 * "CONNECT 127.0.0.1:443 auth=..." or "POST http://127.0.0.1:80/x auth=..."),
 * "auth": "user:password" (optional: then a request without these basic
 * credentials gets 407), "agents": true (optional: each line also says
 * "agents=" and the User-Agent headers of the request, joined by "|")}. Listens on 127.0.0.1, port chosen by the OS, and
 * prints "port N" as its first and only line on stdout. It also serves as a
 * listener that only counts: a test that expects no request checks that the
 * log stays empty.
 *
 * It exits when its stdin reaches end of file (the test is gone), and after
 * LIFETIME seconds in any case.
 */
declare(strict_types=1);

require __DIR__ . '/listen.inc';
require __DIR__ . '/socket_wait.inc';

const LIFETIME = 300;

$config = json_decode($argv[1] ?? '', true);
if (!is_array($config) || !is_string($config['log'] ?? null)) {
    fwrite(STDERR, "usage: proxy.php '{\"log\": PATH}'\n");
    exit(2);
}
$deadline = microtime(true) + LIFETIME;

$server = wo_server_listen();

/* Connections by id: a client still sending its request head (head), or
 * one end of a relay (peer: the id of the other end). */
$conns = [];

function proxy_close(array &$conns, int $id): void
{
    if (!isset($conns[$id])) {
        return;
    }
    $peer = $conns[$id]['peer'] ?? null;
    @fclose($conns[$id]['stream']);
    unset($conns[$id]);
    if ($peer !== null) {
        proxy_close($conns, $peer);
    }
}

function proxy_write($stream, string $data): bool
{
    for ($off = 0; $off < strlen($data); $off += $n) {
        $n = @fwrite($stream, substr($data, $off));
        if ($n === false || $n === 0) {
            return false;
        }
    }
    return true;
}

/* Answers the client with a status of the proxy's own and closes. */
function proxy_refuse(array &$conns, int $id, string $status, array $headers = []): void
{
    $head = "HTTP/1.1 $status\r\nContent-Length: 0\r\nConnection: close\r\n";
    foreach ($headers as $key => $value) {
        $head .= "$key: $value\r\n";
    }
    proxy_write($conns[$id]['stream'], "$head\r\n");
    proxy_close($conns, $id);
}

/* "host:port" of a request target when the host is 127.0.0.1, else null. */
function proxy_target(string $method, string $target): ?array
{
    if ($method === 'CONNECT') {
        $authority = $target;
        $path = null;
    } elseif (preg_match('~^http://([^/]+)(/.*)?$~', $target, $m)) {
        $authority = $m[1];
        $path = $m[2] ?? '/';
    } else {
        return null;
    }
    if (!preg_match('~^127\.0\.0\.1:(\d+)$~', $authority, $m)) {
        return null;
    }
    return ['port' => (int) $m[1], 'path' => $path];
}

/* A whole request head has arrived on client $id: open the tunnel, or
 * pass the request on in origin form. */
function proxy_start(array &$conns, int $id, string $head, string $rest): void
{
    global $config;

    $lines = explode("\r\n", $head);
    [$method, $target] = array_pad(explode(' ', (string) array_shift($lines)), 2, '');
    $headers = [];
    $auth = 'none';
    $agents = [];
    foreach ($lines as $line) {
        [$key, $value] = array_pad(explode(':', $line, 2), 2, '');
        if (strcasecmp(trim($key), 'User-Agent') === 0) {
            $agents[] = trim($value);
        }
        if (strcasecmp(trim($key), 'Proxy-Authorization') === 0) {
            $auth = trim($value) === 'Basic ' . base64_encode((string) ($config['auth'] ?? '')) ? 'ok' : 'bad';
        } elseif (strcasecmp(trim($key), 'Proxy-Connection') !== 0) {
            $headers[] = $line;
        }
    }
    $agents = empty($config['agents']) ? '' : ' agents=' . implode('|', $agents);
    file_put_contents($config['log'], "$method $target auth=$auth$agents\n", FILE_APPEND | LOCK_EX);

    if (isset($config['auth']) && $auth !== 'ok') {
        proxy_refuse($conns, $id, '407 Proxy Authentication Required', ['Proxy-Authenticate' => 'Basic realm="test"']);
        return;
    }
    $to = proxy_target($method, $target);
    if ($to === null) {
        proxy_refuse($conns, $id, '403 Forbidden');
        return;
    }
    $upstream = @stream_socket_client("tcp://127.0.0.1:{$to['port']}", $errno, $errstr, 5);
    if ($upstream === false) {
        proxy_refuse($conns, $id, '502 Bad Gateway');
        return;
    }
    if ($method === 'CONNECT') {
        proxy_write($conns[$id]['stream'], "HTTP/1.1 200 Connection established\r\n\r\n");
        $forward = $rest;
    } else {
        $forward = "$method {$to['path']} HTTP/1.1\r\n" . implode("\r\n", $headers) . "\r\n\r\n" . $rest;
    }
    $up = (int) $upstream;
    $conns[$up] = ['stream' => $upstream, 'peer' => $id];
    $conns[$id]['peer'] = $up;
    unset($conns[$id]['head']);
    if ($forward !== '' && !proxy_write($upstream, $forward)) {
        proxy_close($conns, $id);
    }
}

function proxy_read(array &$conns, int $id): void
{
    $data = @fread($conns[$id]['stream'], 65536);
    if ($data === '' || $data === false) {
        proxy_close($conns, $id);
        return;
    }
    if (isset($conns[$id]['peer'])) {
        if (!proxy_write($conns[$conns[$id]['peer']]['stream'], $data)) {
            proxy_close($conns, $id);
        }
        return;
    }
    $conns[$id]['head'] .= $data;
    $end = strpos($conns[$id]['head'], "\r\n\r\n");
    if ($end !== false) {
        proxy_start($conns, $id, substr($conns[$id]['head'], 0, $end), substr($conns[$id]['head'], $end + 4));
    } elseif (strlen($conns[$id]['head']) > 65536) {
        proxy_close($conns, $id);
    }
}

while (microtime(true) < $deadline) {
    $streams = [$server];
    foreach ($conns as $conn) {
        $streams[] = $conn['stream'];
    }
    foreach (socket_wait_readable($streams, 1.0) as $stream) {
        if ($stream === $server) {
            $client = @stream_socket_accept($server, 0);
            if ($client !== false) {
                $conns[(int) $client] = ['stream' => $client, 'head' => ''];
            }
        } elseif (isset($conns[(int) $stream])) {
            proxy_read($conns, (int) $stream);
        }
    }
}
