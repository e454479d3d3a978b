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
 *       350 reply closes the connection, as OpenSRS does. Connections are
 *       served in parallel: with WO_OPENSRS_FLIGHT set, requests in flight
 *       are counted there and answers are delayed or held as it says
 *       (in_flight.inc), without blocking other connections.
 *
 * Listens on 127.0.0.1, port chosen by the OS, and prints the port as its
 * first line. Environment as for opensrs.php.
 */
declare(strict_types=1);

require __DIR__ . '/opensrs_xcp.inc';
require __DIR__ . '/in_flight.inc';

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
/* Answers not yet written, in arrival order: [connection id, arrived, bytes, close after]. */
$pending = [];
$flightPath = (string) getenv('WO_OPENSRS_FLIGHT');
$flight = ['in_flight' => 0, 'delay_ms' => 0, 'barrier' => 0, 'barrier_open' => false, 'barrier_timeout_ms' => 0];
$inFlight = 0;

$close = static function (int $id) use (&$clients, &$buffers, &$peers): void {
    fclose($clients[$id]);
    unset($clients[$id], $buffers[$id], $peers[$id]);
};

/* Queues the answer to one request that arrived on connection $id. */
$answer = static function (int $id, array $request) use (&$clients, &$peers, &$pending, &$flight, &$inFlight,
                                                         $mode, $statePath, $config, $flightPath, $close): void {
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
        return;
    }
    if ($method !== 'POST') {
        $pending[] = [$id, microtime(true), "HTTP/1.1 405 Method Not Allowed\r\nAllow: POST\r\nContent-Length: 0\r\n\r\n", false];
        return;
    }
    $arrived = microtime(true);
    $inFlight++;
    if ($flightPath !== '') {
        $flight = wo_flight_enter($flightPath);
    }
    $peer = $peers[$id];
    [$status, $type, $reply] = xcp_with_state($statePath,
        static fn (array &$state) => xcp_handle($state, $config, $headers, $body, $peer, $inFlight));
    /* OpenSRS drops the connection once its command quota is spent. */
    $closing = str_contains($reply, '<item key="response_code">350</item>')
        || strtolower($headers['connection'] ?? '') === 'close';
    $pending[] = [$id, $arrived, "HTTP/1.1 $status " . ($status === 200 ? 'OK' : 'Error') . "\r\n"
        . "Content-Type: $type\r\nContent-Length: " . strlen($reply) . "\r\n"
        . ($closing ? "Connection: close\r\n" : '') . "\r\n" . $reply, $closing];
};

/* Writes the answers that may go; returns the seconds until the next may. */
$flush = static function () use (&$clients, &$pending, &$flight, &$inFlight, $flightPath, $close): ?float {
    $next = null;
    $kept = [];
    $waiting = [];
    foreach ($pending as [$id, $arrived, $bytes, $closing]) {
        /* One connection's answers go in order. */
        $ready = isset($waiting[$id]) ? 0.001 : wo_flight_ready($flight, $arrived);
        if ($ready !== true && isset($clients[$id])) {
            $kept[] = [$id, $arrived, $bytes, $closing];
            $waiting[$id] = true;
            $next = $next === null ? $ready : min($next, $ready);
            continue;
        }
        /* Written, or its client is gone: either way no longer in flight. */
        if (isset($clients[$id])) {
            fwrite($clients[$id], $bytes);
        }
        if (!str_starts_with($bytes, 'HTTP/1.1 405')) {
            $inFlight--;
            if ($flightPath !== '') {
                wo_flight_leave($flightPath);
            }
        }
        if ($closing && isset($clients[$id])) {
            $close($id);
        }
    }
    $pending = $kept;
    /* The barrier opens with a later arrival, or a test changes the file. */
    if ($pending && $flightPath !== '') {
        $flight = wo_flight_update($flightPath, static fn (array &$f): array => $f);
    }
    return $next;
};

for (;;) {
    $timeout = $flush();
    $read = array_values($clients);
    $read[] = $server;
    $write = $except = null;
    $micro = $timeout === null ? null : max(1000, (int) ceil($timeout * 1e6));
    $seconds = $micro === null ? null : intdiv($micro, 1000000);
    $micro = $micro === null ? null : $micro % 1000000;
    if (stream_select($read, $write, $except, $seconds, $micro) === false) {
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
        if (!isset($clients[$id])) {
            continue;
        }
        $chunk = fread($socket, 65536);
        if ($chunk === false || $chunk === '') {
            if (feof($socket)) {
                $close($id);
            }
            continue;
        }
        $buffers[$id] .= $chunk;
        while (isset($clients[$id]) && ($request = take_request($buffers[$id])) !== null) {
            $answer($id, $request);
        }
    }
}
