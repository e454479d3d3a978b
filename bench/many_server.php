<?php
/*
 * The server of the many-calls benchmark (bench/many.sh): an OpenSRS that
 * answers every command DELAY_MS milliseconds after it arrived, as a
 * registry round trip would, serving any number of kept connections at
 * once (one process, stream_select). Every answer is the same successful
 * XCP reply; nothing is checked or stored, so the server costs next to
 * nothing and the clients' own time is what shows.
 *
 *   php -n many_server.php DELAY_MS [CERT KEY]
 *
 * With CERT and KEY (PEM files), every connection speaks TLS.
 *
 * Listens on 127.0.0.1, port chosen by the OS, and prints "port N" as its
 * only line on stdout. Exits when its stdin reaches end of file.
 */
declare(strict_types=1);

$delay = ((int) ($argv[1] ?? 100)) / 1000;
$context = stream_context_create();
if (isset($argv[3])) {
    stream_context_set_option($context, 'ssl', 'local_cert', $argv[2]);
    stream_context_set_option($context, 'ssl', 'local_pk', $argv[3]);
}
$server = stream_socket_server((isset($argv[3]) ? 'tls' : 'tcp') . '://127.0.0.1:0', $errno, $errstr,
    STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
if ($server === false) {
    fwrite(STDERR, "cannot listen: $errstr\n");
    exit(1);
}
$name = (string) stream_socket_get_name($server, false);
echo 'port ', substr($name, strrpos($name, ':') + 1), "\n";
fflush(STDOUT);
stream_set_blocking(STDIN, false);

$reply = "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n"
    . "<OPS_envelope>\n <header>\n  <version>0.9</version>\n </header>\n <body>\n  <data_block>\n   <dt_assoc>\n"
    . "    <item key=\"protocol\">XCP</item>\n    <item key=\"action\">REPLY</item>\n"
    . "    <item key=\"object\">SUBUSER</item>\n    <item key=\"is_success\">1</item>\n"
    . "    <item key=\"response_code\">200</item>\n    <item key=\"response_text\">Query Successful</item>\n"
    . "    <item key=\"attributes\">\n     <dt_assoc>\n      <item key=\"id\">2532880</item>\n"
    . "      <item key=\"username\">webdev</item>\n      <item key=\"permission\">2</item>\n     </dt_assoc>\n"
    . "    </item>\n   </dt_assoc>\n  </data_block>\n </body>\n</OPS_envelope>\n";
$answer = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " . strlen($reply) . "\r\n\r\n" . $reply;

$clients = [];     /* id => socket */
$buffers = [];     /* id => bytes not yet a whole request */
$due = [];         /* [time, id]: answers to write, in time order */

/* Whole requests at the front of $buffer: headers and Content-Length body. */
function take_requests(string &$buffer): int
{
    $count = 0;
    while (($end = strpos($buffer, "\r\n\r\n")) !== false) {
        $length = preg_match('/^Content-Length:\s*(\d+)/mi', substr($buffer, 0, $end), $m) ? (int) $m[1] : 0;
        if (strlen($buffer) < $end + 4 + $length) {
            break;
        }
        $buffer = (string) substr($buffer, $end + 4 + $length);
        $count++;
    }
    return $count;
}

for (;;) {
    $now = microtime(true);
    while ($due && $due[0][0] <= $now) {
        [, $id] = array_shift($due);
        if (isset($clients[$id])) {
            fwrite($clients[$id], $answer);
        }
    }
    $read = array_values($clients);
    $read[] = $server;
    $read[] = STDIN;
    $write = $except = null;
    $wait = $due ? max(0, $due[0][0] - microtime(true)) : 1.0;
    if (stream_select($read, $write, $except, 0, (int) ceil($wait * 1e6)) === false) {
        break;
    }
    foreach ($read as $socket) {
        if ($socket === STDIN) {
            if (feof(STDIN)) {
                exit(0);
            }
            fread(STDIN, 4096);
            continue;
        }
        if ($socket === $server) {
            $client = @stream_socket_accept($server, 0);
            if ($client !== false) {
                $clients[(int) $client] = $client;
                $buffers[(int) $client] = '';
            }
            continue;
        }
        $id = (int) $socket;
        $chunk = fread($socket, 65536);
        if ($chunk === false || $chunk === '') {
            if (feof($socket)) {
                fclose($socket);
                unset($clients[$id], $buffers[$id]);
            }
            continue;
        }
        $buffers[$id] .= $chunk;
        for ($n = take_requests($buffers[$id]); $n > 0; $n--) {
            $due[] = [microtime(true) + $delay, $id];
        }
    }
}
