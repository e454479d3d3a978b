<?php
/*
 * The server of the soak (bench/soak.php): WHMCS and OpenSRS answers over
 * HTTP/1.1 kept connections, so that the extension's kept connections are
 * what gets exercised, not a connect per call as php -S would force.
 *
 *   php -n soak_server.php [CERT KEY]
 *
 * With CERT and KEY (PEM files), every connection speaks TLS.
 *
 * Listens on 127.0.0.1, port chosen by the OS, and prints "port N" as its
 * only line on stdout. What it answers is chosen by the request:
 *   - text/xml (OpenSRS): is_success 0 when the body holds "soak-fail",
 *     else 1;
 *   - anything else (WHMCS): DeleteUserClient gives a WHMCS error, form field
 *     fail=html an HTML 503 page, anything else success.
 * Every 1000th answer on a connection carries "Connection: close", so that
 * reconnecting is exercised too. Exits when its stdin reaches end of file
 * (the soak is over or died).
 */
declare(strict_types=1);

$tls = isset($argv[2]);
$context = stream_context_create();
if ($tls) {
    stream_context_set_option($context, 'ssl', 'local_cert', $argv[1]);
    stream_context_set_option($context, 'ssl', 'local_pk', $argv[2]);
}
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr,
    STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
if ($server === false) {
    fwrite(STDERR, "cannot listen: $errstr\n");
    exit(1);
}
$name = (string) stream_socket_get_name($server, false);
echo 'port ', substr($name, strrpos($name, ':') + 1), "\n";
fflush(STDOUT);

const OPS_HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n"
    . "<OPS_envelope>\n <header>\n  <version>0.9</version>\n </header>\n <body>\n  <data_block>\n   <dt_assoc>\n"
    . "    <item key=\"protocol\">XCP</item>\n    <item key=\"action\">REPLY</item>\n"
    . "    <item key=\"object\">SUBUSER</item>\n";
const OPS_TAIL = "   </dt_assoc>\n  </data_block>\n </body>\n</OPS_envelope>\n";

function answer(array $headers, string $body): array
{
    if (str_starts_with($headers['content-type'] ?? '', 'text/xml')) {
        $fail = str_contains($body, 'soak-fail');
        return [200, 'text/xml', OPS_HEAD
            . '    <item key="is_success">' . ($fail ? '0' : '1') . "</item>\n"
            . '    <item key="response_code">' . ($fail ? '465' : '200') . "</item>\n"
            . '    <item key="response_text">' . ($fail ? 'Subuser not found' : 'Command successful') . "</item>\n"
            . OPS_TAIL];
    }
    parse_str($body, $fields);
    if (($fields['action'] ?? '') === 'DeleteUserClient') {
        return [200, 'application/json', '{"result":"error","message":"User is not associated with client"}'];
    }
    return match ($fields['fail'] ?? '') {
        'html' => [503, 'text/html', '<html><head><title>Down for Maintenance</title></head>'
            . '<body><h1>Down for Maintenance</h1><p>Back soon.</p></body></html>'],
        default => [200, 'application/json',
            '{"result":"success","totalresults":1,"startnumber":0,"numreturned":1,'
            . '"users":[{"id":1,"firstname":"Uma","lastname":"Soak","email":"uma@example.net"}]}'],
    };
}

/** @var array<int, resource> $clients */
$clients = [];
$buffers = [];
$served = [];
for (;;) {
    $read = array_values($clients);
    $read[] = $server;
    $read[] = STDIN;
    $write = $except = null;
    if (@stream_select($read, $write, $except, null) === false) {
        exit(0);
    }
    foreach ($read as $stream) {
        if ($stream === STDIN) {
            if (fread(STDIN, 8192) === '' && feof(STDIN)) {
                exit(0);
            }
            continue;
        }
        if ($stream === $server) {
            $conn = @stream_socket_accept($server, 0);
            /* The client writes one request and waits for its answer, so
             * OpenSSL never holds a second one that select() cannot see. */
            if ($conn !== false && $tls
                    && @stream_socket_enable_crypto($conn, true, STREAM_CRYPTO_METHOD_TLS_SERVER) !== true) {
                fclose($conn);
                $conn = false;
            }
            if ($conn !== false) {
                $id = (int) $conn;
                $clients[$id] = $conn;
                $buffers[$id] = '';
                $served[$id] = 0;
            }
            continue;
        }
        $id = (int) $stream;
        $chunk = @fread($stream, 65536);
        if ($chunk === '' || $chunk === false) {
            fclose($stream);
            unset($clients[$id], $buffers[$id], $served[$id]);
            continue;
        }
        $buffers[$id] .= $chunk;
        /* Whole requests only, framed by Content-Length (libcurl's POST). */
        while (($end = strpos($buffers[$id], "\r\n\r\n")) !== false) {
            $lines = explode("\r\n", substr($buffers[$id], 0, $end));
            array_shift($lines);
            $headers = [];
            foreach ($lines as $line) {
                [$key, $value] = array_pad(explode(':', $line, 2), 2, '');
                $headers[strtolower(trim($key))] = trim($value);
            }
            $length = (int) ($headers['content-length'] ?? 0);
            if (strlen($buffers[$id]) < $end + 4 + $length) {
                break;
            }
            $body = substr($buffers[$id], $end + 4, $length);
            $buffers[$id] = (string) substr($buffers[$id], $end + 4 + $length);
            [$status, $type, $payload] = answer($headers, $body);
            $close = ++$served[$id] % 1000 === 0;
            $reason = $status === 200 ? 'OK' : 'Service Unavailable';
            $response = "HTTP/1.1 $status $reason\r\nContent-Type: $type\r\nContent-Length: " . strlen($payload)
                . "\r\n" . ($close ? "Connection: close\r\n" : '') . "\r\n" . $payload;
            for ($off = 0; $off < strlen($response); $off += $n) {
                $n = @fwrite($stream, substr($response, $off));
                if ($n === false || $n === 0) {
                    $close = true;
                    break;
                }
            }
            if ($close) {
                fclose($stream);
                unset($clients[$id], $buffers[$id], $served[$id]);
                break;
            }
        }
    }
}
