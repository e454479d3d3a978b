<?php
/*
 * An API server that goes down and comes back, for the circuit breaker
 * tests (tests/breaker_*.phpt) and bench/outage.sh. How it is doing is read
 * from a control file before each step, so the test changes it while the
 * server runs:
 *
 *   ok       answers every request (WHMCS JSON, or an OpenSRS reply to a
 *            text/xml POST)
 *   503      answers HTTP 503 with an HTML page quoting the request, as a
 *            proxy's error page may
 *   503_api  answers HTTP 503 with the API's own error answer
 *   500      answers HTTP 500 with an HTML page
 *   denied   refuses the credentials: WHMCS's 403 "Authentication Failed",
 *            OpenSRS's HTTP 401
 *   silent   accepts, reads the request, never answers
 *   drop     accepts nothing: its accept queue is full, so the kernel drops
 *            connection attempts (SYNs) and clients wait for their
 *            connect_timeout
 *   refuse   not listening: connection attempts are refused
 *
 *   php -n outage.php '{"control": PATH, "log": PATH}'
 *
 * Listens on 127.0.0.1 (port chosen by the OS, the same again after
 * "refuse") and prints "port N" as its first line. log (optional) gets one
 * line per request received: "MODE METHOD PATH". Exits when its stdin
 * reaches end of file (the test is gone), or after LIFETIME seconds.
 */
declare(strict_types=1);

require __DIR__ . '/socket_wait.inc';

const LIFETIME = 600;
/* Seconds between looks at the control file while nothing happens. */
const TICK = 0.02;

$config = json_decode($argv[1] ?? '', true);
if (!is_array($config) || !is_string($config['control'] ?? null)) {
    fwrite(STDERR, "usage: outage.php '{\"control\": PATH}'\n");
    exit(2);
}
$deadline = microtime(true) + LIFETIME;

function outage_mode(string $control): string
{
    $mode = trim((string) @file_get_contents($control));
    return $mode === '' ? 'ok' : $mode;
}

/* Room for the connections of a batch; "drop" fills it with its own. */
const BACKLOG = 16;

function outage_listen(int $port)
{
    $context = stream_context_create(['socket' => ['backlog' => BACKLOG]]);
    $server = @stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr,
        STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
    if ($server === false) {
        fwrite(STDERR, "outage.php: cannot listen on port $port: $errstr\n");
        exit(1);
    }
    return $server;
}

/*
 * Fills the accept queue with connections that are never accepted: once
 * it is full, Linux drops a SYN outright (it does not answer, not even
 * with a SYN cookie), so every connection attempt hangs until the client
 * gives up. A connect that does not complete at once says it is full.
 */
function outage_fill_queue(int $port): array
{
    $fillers = [];
    for ($i = 0; $i < 4 * BACKLOG; $i++) {
        $c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 0.2);
        if ($c === false) {
            break;
        }
        $fillers[] = $c;
    }
    return $fillers;
}

function outage_is_opensrs(array $headers): bool
{
    return str_starts_with($headers['content-type'] ?? '', 'text/xml');
}

function outage_ops(string $isSuccess, string $code, string $text): string
{
    return "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n"
        . "<OPS_envelope><header><version>0.9</version></header><body><data_block><dt_assoc>"
        . '<item key="protocol">XCP</item><item key="action">REPLY</item><item key="object">SUBUSER</item>'
        . "<item key=\"is_success\">$isSuccess</item><item key=\"response_code\">$code</item>"
        . "<item key=\"response_text\">$text</item>"
        . "</dt_assoc></data_block></body></OPS_envelope>\n";
}

function outage_response(int $status, string $reason, string $type, string $body): string
{
    return "HTTP/1.1 $status $reason\r\nContent-Type: $type\r\nContent-Length: " . strlen($body)
        . "\r\nConnection: close\r\n\r\n" . $body;
}

/* The answer of $mode to a request, or null: none (silent). */
function outage_answer(string $mode, array $headers, string $body): ?string
{
    $opensrs = outage_is_opensrs($headers);
    switch ($mode) {
    case 'ok':
        return $opensrs
            ? outage_response(200, 'OK', 'text/xml', outage_ops('1', '200', 'Command successful'))
            : outage_response(200, 'OK', 'application/json', '{"result":"success","totalresults":0,"users":[]}');
    case '503':
        return outage_response(503, 'Service Unavailable', 'text/html',
            '<html><body><h1>503 Service Unavailable</h1><p>The request was:</p><pre>'
            . htmlspecialchars($body) . "</pre></body></html>\n");
    case '500':
        return outage_response(500, 'Internal Server Error', 'text/html',
            "<html><body><h1>500 Internal Server Error</h1></body></html>\n");
    case 'denied':
        return $opensrs
            ? outage_response(401, 'Unauthorized', 'text/xml', outage_ops('0', '401', 'Authentication Failed'))
            : outage_response(403, 'Forbidden', 'application/json', '{"result":"error","message":"Authentication Failed"}');
    case '503_api':
        return $opensrs
            ? outage_response(503, 'Service Unavailable', 'text/xml', outage_ops('0', '405', 'Service in maintenance'))
            : outage_response(503, 'Service Unavailable', 'application/json',
                '{"result":"error","message":"The system is in maintenance mode"}');
    default:
        return null;
    }
}

/* [headers, body] once $buffer holds a whole request, else null. */
function outage_parse(string $buffer): ?array
{
    $end = strpos($buffer, "\r\n\r\n");
    if ($end === false) {
        return null;
    }
    $lines = explode("\r\n", substr($buffer, 0, $end));
    $request = explode(' ', (string) array_shift($lines));
    $headers = [];
    foreach ($lines as $line) {
        [$key, $value] = array_pad(explode(':', $line, 2), 2, '');
        $headers[strtolower(trim($key))] = trim($value);
    }
    $body = (string) substr($buffer, $end + 4);
    if (strlen($body) < (int) ($headers['content-length'] ?? 0)) {
        return null;
    }
    return [$request[0] . ' ' . ($request[1] ?? ''), $headers, $body];
}

$server = outage_listen(0);
$name = (string) stream_socket_get_name($server, false);
$port = (int) substr($name, strrpos($name, ':') + 1);
echo "port $port\n";
fflush(STDOUT);

$clients = [];    /* id => [stream, buffer, answered] */
$fillers = [];
while (microtime(true) < $deadline) {
    $mode = outage_mode($config['control']);
    if ($mode === 'refuse' && $server !== null) {
        fclose($server);
        $server = null;
    } elseif ($mode !== 'refuse' && $server === null) {
        $server = outage_listen($port);
    }
    if ($mode === 'drop' && $server !== null && !$fillers) {
        $fillers = outage_fill_queue($port);
    } elseif ($mode !== 'drop' && $fillers) {
        /* The queue holds the fillers' connections: take them and let go. */
        while (($c = @stream_socket_accept($server, 0)) !== false) {
            fclose($c);
        }
        foreach ($fillers as $f) {
            fclose($f);
        }
        $fillers = [];
    }

    $streams = $server !== null && $mode !== 'drop' ? [$server] : [];
    foreach ($clients as $c) {
        $streams[] = $c[0];
    }
    foreach (socket_wait_readable($streams, TICK) as $stream) {
        if ($stream === $server) {
            $c = @stream_socket_accept($server, 0);
            if ($c !== false) {
                $clients[(int) $c] = [$c, '', false];
            }
        } else {
            $id = (int) $stream;
            $chunk = @fread($stream, 65536);
            if ($chunk === '' || $chunk === false) {
                fclose($stream);
                unset($clients[$id]);
                continue;
            }
            if ($clients[$id][2]) {
                continue;   /* held: what more it sends is ignored */
            }
            $clients[$id][1] .= $chunk;
            $request = outage_parse($clients[$id][1]);
            if ($request === null) {
                continue;
            }
            [$line, $headers, $body] = $request;
            if (isset($config['log'])) {
                file_put_contents($config['log'], "$mode $line\n", FILE_APPEND | LOCK_EX);
            }
            $answer = outage_answer($mode, $headers, $body);
            if ($answer === null) {
                $clients[$id][2] = true;
                continue;
            }
            @fwrite($stream, $answer);
            fclose($stream);
            unset($clients[$id]);
        }
    }
}
