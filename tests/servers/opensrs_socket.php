<?php
/*
 * The OpenSRS server where `php -S` cannot play it, on a bare
 * stream_socket_server: php -S always writes a status line and closes
 * every connection after one answer.
 *
 *   php -n -d extension=dom opensrs_socket.php unlisted
 *       OpenSRS to an address it has not whitelisted: reads the request,
 *       then writes bare XML, no status line, no headers, and closes.
 *   php -n -d extension=dom opensrs_socket.php keepalive
 *       The XCP server of opensrs_xcp.inc over HTTP/1.1 kept connections,
 *       so the commands-per-connection limit (350) applies for real: the
 *       350 reply closes the connection, as OpenSRS does.
 *
 * Listens on 127.0.0.1, port chosen by the OS, and prints the port as its
 * first line. Environment as for opensrs.php.
 */
declare(strict_types=1);

require __DIR__ . '/opensrs_xcp.inc';

$mode = $argv[1] ?? '';
if (!in_array($mode, ['unlisted', 'keepalive'], true)) {
    fwrite(STDERR, "usage: opensrs_socket.php unlisted|keepalive\n");
    exit(2);
}
$config = ['reseller' => (string) getenv('WO_OPENSRS_RESELLER'), 'key' => (string) getenv('WO_OPENSRS_KEY')];
$statePath = (string) getenv('WO_OPENSRS_STATE');

$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
if ($server === false) {
    fwrite(STDERR, "cannot listen: $errstr\n");
    exit(1);
}
$name = (string) stream_socket_get_name($server, false);
echo substr($name, strrpos($name, ':') + 1), "\n";
fflush(STDOUT);

/*
 * Takes one complete request off the front of $buffer: [method, headers
 * (lower-case names), body], or null until all of it has arrived. Bodies
 * are framed by Content-Length, which is what libcurl sends for a POST.
 */
function take_request(string &$buffer): ?array
{
    $end = strpos($buffer, "\r\n\r\n");
    if ($end === false) {
        return null;
    }
    $lines = explode("\r\n", substr($buffer, 0, $end));
    $method = explode(' ', array_shift($lines))[0];
    $headers = [];
    foreach ($lines as $line) {
        [$name, $value] = array_pad(explode(':', $line, 2), 2, '');
        $headers[strtolower(trim($name))] = trim($value);
    }
    $length = (int) ($headers['content-length'] ?? 0);
    if (strlen($buffer) < $end + 4 + $length) {
        return null;
    }
    $body = substr($buffer, $end + 4, $length);
    $buffer = (string) substr($buffer, $end + 4 + $length);
    return [$method, $headers, $body];
}

/** @var array<int, resource> $clients */
$clients = [];
$buffers = [];
$peers = [];

$close = static function (int $id) use (&$clients, &$buffers, &$peers): void {
    fclose($clients[$id]);
    unset($clients[$id], $buffers[$id], $peers[$id]);
};

for (;;) {
    $read = array_values($clients);
    $read[] = $server;
    $write = $except = null;
    if (stream_select($read, $write, $except, null) === false) {
        break;
    }
    foreach ($read as $socket) {
        if ($socket === $server) {
            $client = @stream_socket_accept($server, 0, $peer);
            if ($client !== false) {
                $id = (int) $client;
                $clients[$id] = $client;
                $buffers[$id] = '';
                $peers[$id] = (string) $peer;
            }
            continue;
        }
        $id = (int) $socket;
        $chunk = fread($socket, 65536);
        if ($chunk === false || $chunk === '') {
            if (feof($socket)) {
                $close($id);
            }
            continue;
        }
        $buffers[$id] .= $chunk;
        while (isset($clients[$id]) && ($request = take_request($buffers[$id])) !== null) {
            [$method, $headers, $body] = $request;
            if ($mode === 'unlisted') {
                /* Keep a record of what arrived, then turn it away. */
                if ($statePath !== '') {
                    xcp_with_state($statePath, static function (array &$state) use ($headers, $body): void {
                        $state['requests'][] = ['x_username' => $headers['x-username'] ?? null, 'body' => $body];
                    });
                }
                [, , $xml] = xcp_reply(400, 'Access denied: invalid IP address', null, 'REPLY');
                fwrite($clients[$id], $xml);
                $close($id);
                break;
            }
            if ($method !== 'POST') {
                fwrite($clients[$id], "HTTP/1.1 405 Method Not Allowed\r\nAllow: POST\r\nContent-Length: 0\r\n\r\n");
                continue;
            }
            [$status, $type, $reply] = xcp_with_state($statePath,
                static fn (array &$state) => xcp_handle($state, $config, $headers, $body, $peers[$id]));
            /* OpenSRS drops the connection once its command quota is spent. */
            $closing = str_contains($reply, '<item key="response_code">350</item>')
                || strtolower($headers['connection'] ?? '') === 'close';
            fwrite($clients[$id], "HTTP/1.1 $status " . ($status === 200 ? 'OK' : 'Error') . "\r\n"
                . "Content-Type: $type\r\nContent-Length: " . strlen($reply) . "\r\n"
                . ($closing ? "Connection: close\r\n" : '') . "\r\n" . $reply);
            if ($closing) {
                $close($id);
            }
        }
    }
}
