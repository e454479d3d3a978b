<?php
/*
 * The at-most-once ledger server (tests/transport_at_most_once_ledger.phpt):
 * an HTTP/1.1 server with kept connections that, at random, lets a client
 * down in each of the ways that make a client wonder whether a call was
 * carried out, and writes down what it did with every request id.
 *
 *   php -n ledger.php CONFIG_JSON
 *
 * CONFIG_JSON: {"seed": INT, "log": PATH}. Listens on 127.0.0.1, port
 * chosen by the OS, prints "port N" as its first line, and serves any
 * number of connections at once. Each request carries an id: the form
 * field ledger_id (WHMCS) or the item ledger_id (OpenSRS XML).
 *
 * For each request, drawn from the seeded generator:
 *   close_before   close as the request starts arriving, unread (a reset)
 *   close_after    read it all, then close without a word
 *   mid_answer     read it all, write half the answer, close
 *   refuse         OpenSRS only: read it all, answer 486 (not carried out)
 *   answer         read it all, answer in full and keep the connection;
 *                  now and then close it silently afterwards, as a server
 *                  does when its keep-alive timeout runs out
 *
 * The log has one line per event: "read ID" once a request was read in
 * full (the server may have carried it out), "refused ID" when it was
 * refused instead, "answered ID" when its whole answer is about to be
 * written.
 *
 * It exits when its stdin reaches end of file (the test is gone), and
 * after LIFETIME seconds in any case.
 */
declare(strict_types=1);

require __DIR__ . '/listen.inc';

const LIFETIME = 300;

$config = json_decode($argv[1] ?? '', true);
if (!is_array($config) || !is_int($config['seed'] ?? null) || !is_string($config['log'] ?? null)) {
    fwrite(STDERR, "usage: ledger.php '{\"seed\": N, \"log\": PATH}'\n");
    exit(2);
}
mt_srand($config['seed']);
$log = $config['log'];
$deadline = microtime(true) + LIFETIME;

$server = wo_server_listen();

function ledger_note(string $event, string $id): void
{
    global $log;

    file_put_contents($log, "$event $id\n", FILE_APPEND);
}

/* A fate drawn by weight: [name => weight]. */
function ledger_draw(array $weights): string
{
    $pick = mt_rand(1, array_sum($weights));
    foreach ($weights as $fate => $weight) {
        $pick -= $weight;
        if ($pick <= 0) {
            return $fate;
        }
    }
    return array_key_last($weights);
}

/* One whole request off the front of $buffer: [api, id], or null until it
 * has all arrived. Bodies are framed by Content-Length, as libcurl sends a
 * POST. */
function ledger_take_request(string &$buffer): ?array
{
    $end = strpos($buffer, "\r\n\r\n");
    if ($end === false) {
        return null;
    }
    $head = substr($buffer, 0, $end);
    $length = preg_match('/^content-length:\s*(\d+)/mi', $head, $m) ? (int) $m[1] : 0;
    if (strlen($buffer) < $end + 4 + $length) {
        return null;
    }
    $body = substr($buffer, $end + 4, $length);
    $buffer = (string) substr($buffer, $end + 4 + $length);
    if (preg_match('/^content-type:\s*text\/xml/mi', $head)) {
        $id = preg_match('/<item key="ledger_id">(\d+)<\/item>/', $body, $m) ? $m[1] : '?';
        return ['opensrs', $id];
    }
    parse_str($body, $fields);
    return ['whmcs', is_string($fields['ledger_id'] ?? null) ? $fields['ledger_id'] : '?'];
}

function ledger_answer(string $api, string $id, string $code = '200'): string
{
    if ($api === 'whmcs') {
        $body = json_encode(['result' => 'success', 'ledger_id' => $id]);
        $type = 'application/json';
    } else {
        $success = $code === '200' ? '1' : '0';
        $body = "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<OPS_envelope>\n"
            . " <header>\n  <version>0.9</version>\n </header>\n <body>\n  <data_block>\n   <dt_assoc>\n"
            . "    <item key=\"protocol\">XCP</item>\n    <item key=\"action\">REPLY</item>\n"
            . "    <item key=\"object\">DOMAIN</item>\n    <item key=\"is_success\">$success</item>\n"
            . "    <item key=\"response_code\">$code</item>\n"
            . "    <item key=\"response_text\">" . ($success === '1' ? 'Command successful' : 'Still processing')
            . "</item>\n    <item key=\"ledger_id\">$id</item>\n"
            . "   </dt_assoc>\n  </data_block>\n </body>\n</OPS_envelope>\n";
        $type = 'text/xml';
    }
    return "HTTP/1.1 200 OK\r\nContent-Type: $type\r\nContent-Length: " . strlen($body)
        . "\r\nConnection: keep-alive\r\n\r\n" . $body;
}

/*
 * Connections: socket, bytes read and not yet taken, bytes to write,
 * whether to close once they are written, and whether the next bytes to
 * arrive start a request.
 */
$conns = [];

/* A whole request was read on $c: its fate. */
function ledger_serve(array &$c, string $api, string $id): void
{
    ledger_note('read', $id);
    $weights = ['close_after' => 12, 'mid_answer' => 8, 'answer' => 80];
    if ($api === 'opensrs') {
        $weights['refuse'] = 4;
    }
    switch (ledger_draw($weights)) {
    case 'close_after':
        $c['close'] = true;
        return;
    case 'mid_answer':
        $answer = ledger_answer($api, $id);
        $c['out'] = substr($answer, 0, intdiv(strlen($answer), 2));
        $c['close'] = true;
        return;
    case 'refuse':
        ledger_note('refused', $id);
        $c['out'] = ledger_answer($api, $id, '486');
        return;
    default:
        /* Noted before it is written: the client may read it, and look at
         * the log, before this process runs again. */
        ledger_note('answered', $id);
        $c['out'] = ledger_answer($api, $id);
        /* The keep-alive timeout running out just after the answer. */
        $c['close'] = mt_rand(1, 100) <= 5;
    }
}

for (;;) {
    if (microtime(true) >= $deadline) {
        exit(0);
    }
    $read = [STDIN, $server];
    $write = [];
    foreach ($conns as $c) {
        if ($c['out'] !== '') {
            $write[] = $c['sock'];
        } else {
            $read[] = $c['sock'];
        }
    }
    $except = null;
    if (@stream_select($read, $write, $except, 1) === false) {
        exit(0);
    }
    if (in_array(STDIN, $read, true) && fread(STDIN, 8192) === '' && feof(STDIN)) {
        exit(0);
    }
    if (in_array($server, $read, true) && ($sock = @stream_socket_accept($server, 0)) !== false) {
        stream_set_blocking($sock, false);
        /* Unbuffered: a request not read stays in the kernel, so that
         * closing on it sends a reset. */
        stream_set_read_buffer($sock, 0);
        $conns[(int) $sock] = ['sock' => $sock, 'in' => '', 'out' => '', 'close' => false, 'between' => true];
    }
    foreach ($conns as $key => &$c) {
        if (in_array($c['sock'], $write, true)) {
            $n = @fwrite($c['sock'], $c['out']);
            if ($n === false || $n === 0) {
                fclose($c['sock']);
                unset($conns[$key]);
                continue;
            }
            $c['out'] = (string) substr($c['out'], $n);
        } elseif (in_array($c['sock'], $read, true)) {
            /* A request starts arriving: it may be turned away unread. */
            if ($c['in'] === '' && $c['between'] && mt_rand(1, 100) <= 10) {
                fclose($c['sock']);
                unset($conns[$key]);
                continue;
            }
            $c['between'] = false;
            $chunk = @fread($c['sock'], 65536);
            if ($chunk === '' || $chunk === false) {
                fclose($c['sock']);
                unset($conns[$key]);
                continue;
            }
            $c['in'] .= $chunk;
            if (($request = ledger_take_request($c['in'])) !== null) {
                ledger_serve($c, ...$request);
                $c['between'] = true;
            }
        }
        if ($c['out'] === '' && $c['close']) {
            fclose($c['sock']);
            unset($conns[$key]);
        }
    }
    unset($c);
}
