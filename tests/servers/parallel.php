<?php
/*
 * A front for php -S routers that serves requests truly in parallel:
 *
 *   php -n parallel.php PORT...
 *
 * Each PORT is a php -S server on 127.0.0.1 with one process. php -S
 * answers one request at a time per process, and with
 * PHP_CLI_SERVER_WORKERS a process may take several connections at once and
 * serve them in turn, so a request held by the in-flight barrier
 * (in_flight.inc) would wait for one queued behind it. Here every request
 * goes to a server that is idle, and waits in line only when all are busy.
 *
 * Listens on 127.0.0.1, port chosen by the OS, and prints the port as its
 * first line. A request is passed on as it came; the answer, which php -S
 * ends by closing the connection, is passed back and the client's
 * connection closed.
 */
declare(strict_types=1);

$ports = array_map('intval', array_slice($argv, 1));
if ($ports === [] || in_array(0, $ports, true)) {
    fwrite(STDERR, "usage: parallel.php PORT...\n");
    exit(2);
}
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
if ($server === false) {
    fwrite(STDERR, "cannot listen: $errstr\n");
    exit(1);
}
$name = (string) stream_socket_get_name($server, false);
echo substr($name, strrpos($name, ':') + 1), "\n";
fflush(STDOUT);

/* Whether $buffer holds a whole request: headers and Content-Length body. */
function request_complete(string $buffer): bool
{
    $end = strpos($buffer, "\r\n\r\n");
    if ($end === false) {
        return false;
    }
    $length = preg_match('/^Content-Length:\s*(\d+)/mi', substr($buffer, 0, $end), $m) ? (int) $m[1] : 0;
    return strlen($buffer) >= $end + 4 + $length;
}

$clients = [];      /* id => socket */
$requests = [];     /* id => bytes received */
$queue = [];        /* ids of whole requests waiting for a server */
$idle = $ports;     /* servers with nothing to do */
$upstream = [];     /* client id => [socket to the server, its port, answer so far] */

for (;;) {
    while ($queue && $idle) {
        $id = array_shift($queue);
        $port = array_shift($idle);
        $conn = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 10);
        if ($conn === false || !isset($clients[$id])) {
            $idle[] = $port;
            if (isset($clients[$id])) {
                fclose($clients[$id]);
                unset($clients[$id], $requests[$id]);
            }
            continue;
        }
        fwrite($conn, $requests[$id]);
        $upstream[$id] = [$conn, $port, ''];
    }

    $read = [$server];
    foreach ($clients as $id => $socket) {
        if (!isset($upstream[$id]) && !in_array($id, $queue, true)) {
            $read[] = $socket;
        }
    }
    foreach ($upstream as [$conn]) {
        $read[] = $conn;
    }
    $write = $except = null;
    if (stream_select($read, $write, $except, null) === false) {
        break;
    }
    foreach ($read as $socket) {
        if ($socket === $server) {
            $client = @stream_socket_accept($server, 0);
            if ($client !== false) {
                $clients[(int) $client] = $client;
                $requests[(int) $client] = '';
            }
            continue;
        }
        foreach ($upstream as $id => [$conn, $port]) {
            if ($socket !== $conn) {
                continue;
            }
            $chunk = fread($conn, 65536);
            if ($chunk !== false && $chunk !== '') {
                $upstream[$id][2] .= $chunk;
                continue 2;
            }
            if (!feof($conn)) {
                continue 2;
            }
            /* php -S ends its answer by closing: pass it on, then close. */
            if (isset($clients[$id])) {
                fwrite($clients[$id], $upstream[$id][2]);
                fclose($clients[$id]);
            }
            fclose($conn);
            unset($upstream[$id], $clients[$id], $requests[$id]);
            $idle[] = $port;
            continue 2;
        }
        $id = (int) $socket;
        $chunk = fread($socket, 65536);
        if ($chunk === false || $chunk === '') {
            if (feof($socket)) {
                fclose($socket);
                unset($clients[$id], $requests[$id]);
            }
            continue;
        }
        $requests[$id] .= $chunk;
        if (request_complete($requests[$id])) {
            $queue[] = $id;
        }
    }
}
