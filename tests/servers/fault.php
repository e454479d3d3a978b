<?php
/*
 * A misbehaving HTTP server for the fault tests (tests/fault_*.phpt), on a
 * bare stream_socket_server: php -S cannot stall, drip, reset, lie about
 * Content-Length or leave out the status line.
 *
 *   php -n fault.php CONFIG_JSON
 *
 * CONFIG_JSON: {"mode": "...", "tls": {"cert": PATH, "key": PATH} (optional),
 * "log": PATH (optional: one line per request received), "size": BYTES (for
 * the size modes)}. Listens on 127.0.0.1, port chosen by the OS, and prints
 * "port N" as its first and only line on stdout.
 *
 * It answers whichever API asks: a text/xml POST is OpenSRS, anything else
 * WHMCS, so one mode serves the tests of both APIs. The modes are listed in
 * fault_answer() below.
 *
 * It never outlives the test: it exits when its stdin reaches end of file,
 * which happens when the test closes the pipe or dies, however it dies; and
 * after LIFETIME seconds in any case.
 */
declare(strict_types=1);

const LIFETIME = 300;

$config = json_decode($argv[1] ?? '', true);
if (!is_array($config) || !is_string($config['mode'] ?? null)) {
    fwrite(STDERR, "usage: fault.php '{\"mode\": \"...\"}'\n");
    exit(2);
}
$deadline = microtime(true) + LIFETIME;
$log = $config['log'] ?? null;

/* TLS on demand: the certificate goes on the listening socket's context,
 * and each accepted connection is switched to TLS before it is read. */
$context = stream_context_create();
if (isset($config['tls'])) {
    stream_context_set_option($context, 'ssl', 'local_cert', $config['tls']['cert']);
    stream_context_set_option($context, 'ssl', 'local_pk', $config['tls']['key']);
}
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr,
    STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
if ($server === false) {
    fwrite(STDERR, "cannot listen: $errstr\n");
    exit(1);
}
$name = (string) stream_socket_get_name($server, false);
$port = (int) substr($name, strrpos($name, ':') + 1);
echo "port $port\n";
fflush(STDOUT);

/* ---- staying alive only as long as the test --------------------------- */

/* Waits until $stream is readable (or writable) or $seconds pass; exits
 * the process when the test is gone. True when $stream is ready. */
function fault_wait($stream, float $seconds, bool $forWrite = false): bool
{
    global $deadline;

    $until = min(microtime(true) + $seconds, $deadline);
    for (;;) {
        $left = $until - microtime(true);
        if (microtime(true) >= $deadline) {
            exit(0);
        }
        if ($left <= 0) {
            return false;
        }
        $read = [STDIN];
        $write = [];
        if ($stream !== null) {
            if ($forWrite) {
                $write[] = $stream;
            } else {
                $read[] = $stream;
            }
        }
        $except = null;
        $n = @stream_select($read, $write, $except, (int) $left, (int) (($left - (int) $left) * 1e6));
        if ($n === false) {
            exit(0);
        }
        if (in_array(STDIN, $read, true)) {
            if (fread(STDIN, 8192) === '' && feof(STDIN)) {
                exit(0);
            }
            continue;
        }
        if ($n > 0) {
            return true;
        }
    }
}

/* ---- requests ---------------------------------------------------------- */

/*
 * Reads one request: [method, path, headers (lower-case names), body], or
 * null when the client went away first. $headersOnly leaves the body in the
 * kernel's buffer (reading a byte at a time, unbuffered), which is what
 * makes close() send a reset.
 */
function fault_read_request($conn, bool $headersOnly = false): ?array
{
    $buffer = '';
    while (($end = strpos($buffer, "\r\n\r\n")) === false) {
        if (strlen($buffer) > 65536 || !fault_wait($conn, 10)) {
            return null;
        }
        $chunk = fread($conn, $headersOnly ? 1 : 8192);
        if ($chunk === '' || $chunk === false) {
            return null;
        }
        $buffer .= $chunk;
    }
    $lines = explode("\r\n", substr($buffer, 0, $end));
    $requestLine = explode(' ', (string) array_shift($lines));
    $headers = [];
    foreach ($lines as $line) {
        [$key, $value] = array_pad(explode(':', $line, 2), 2, '');
        $headers[strtolower(trim($key))] = trim($value);
    }
    $body = (string) substr($buffer, $end + 4);
    $length = (int) ($headers['content-length'] ?? 0);
    while (!$headersOnly && strlen($body) < $length) {
        if (!fault_wait($conn, 10)) {
            return null;
        }
        $chunk = fread($conn, $length - strlen($body));
        if ($chunk === '' || $chunk === false) {
            return null;
        }
        $body .= $chunk;
    }
    return [$requestLine[0], $requestLine[1] ?? '', $headers, $body];
}

/* Writes all of $data, or stops when the client is gone. */
function fault_write($conn, string $data): bool
{
    for ($off = 0, $len = strlen($data); $off < $len;) {
        if (!fault_wait($conn, 10, true)) {
            return false;
        }
        $n = @fwrite($conn, substr($data, $off, 1 << 16));
        if ($n === false || $n === 0) {
            return false;
        }
        $off += $n;
    }
    return true;
}

/* Holds the connection open, reading and ignoring, until the client closes
 * it. */
function fault_hold($conn): void
{
    while (fault_wait($conn, 3600)) {
        $chunk = @fread($conn, 8192);
        if ($chunk === '' || $chunk === false) {
            return;
        }
    }
}

function fault_head(int $status, string $reason, array $headers): string
{
    $head = "HTTP/1.1 $status $reason\r\n";
    foreach ($headers as $key => $value) {
        $head .= "$key: $value\r\n";
    }
    return $head . "\r\n";
}

function fault_response(int $status, string $reason, string $type, string $body, array $headers = []): string
{
    return fault_head($status, $reason, ['Content-Type' => $type, 'Content-Length' => strlen($body),
        'Connection' => 'close'] + $headers) . $body;
}

/* ---- bodies -------------------------------------------------------------- */

function ops_envelope(string $dataBlock, string $doctype = "<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>"): string
{
    return "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n$doctype\n<OPS_envelope>\n"
        . " <header>\n  <version>0.9</version>\n </header>\n <body>\n  <data_block>\n"
        . $dataBlock . "\n  </data_block>\n </body>\n</OPS_envelope>\n";
}

/* An XCP reply; $text is inserted as it is (it may hold markup). */
function ops_reply(string $isSuccess, string $code, string $text): string
{
    return "   <dt_assoc>\n"
        . "    <item key=\"protocol\">XCP</item>\n"
        . "    <item key=\"action\">REPLY</item>\n"
        . "    <item key=\"object\">SUBUSER</item>\n"
        . "    <item key=\"is_success\">$isSuccess</item>\n"
        . "    <item key=\"response_code\">$code</item>\n"
        . "    <item key=\"response_text\">$text</item>\n"
        . "   </dt_assoc>";
}

function ok_body(string $api): string
{
    return $api === 'opensrs'
        ? ops_envelope(ops_reply('1', '200', 'Command successful'))
        : '{"result":"success","totalresults":0,"startnumber":0,"numreturned":0,"users":[]}';
}

function ok_type(string $api): string
{
    return $api === 'opensrs' ? 'text/xml' : 'application/json';
}

/* ---- modes ----------------------------------------------------------------- */

/*
 * Answers one connection according to the mode. Each mode is one way a
 * server, a proxy in front of it or the network between can let a client
 * down.
 */
function fault_answer(string $mode, $conn, array $config, int $port): void
{
    global $log;

    $request = fault_read_request($conn, $mode === 'reset');
    if ($request === null) {
        return;
    }
    [$method, $path, $headers, $body] = $request;
    /* keepalive writes its own lines. */
    if ($log !== null && $mode !== 'keepalive') {
        file_put_contents($log, "$method $path\n", FILE_APPEND | LOCK_EX);
    }
    $api = str_starts_with($headers['content-type'] ?? '', 'text/xml') ? 'opensrs' : 'whmcs';
    $ok = ok_body($api);
    $size = (int) ($config['size'] ?? 2 << 20);

    switch ($mode) {
    case 'ok':
        fault_write($conn, fault_response(200, 'OK', ok_type($api), $ok));
        return;

    case 'silent':
        /* Accepts, reads the request, never answers. */
        fault_hold($conn);
        return;

    case 'keepalive':
        /* Answers every request of a connection and keeps it, until the
         * client closes it or sends nothing for 10 s. The log says which
         * connection each request came on: "#N", counted from 1. */
        static $connections = 0;
        $connection = ++$connections;
        for ($request = [$method, $path]; $request !== null; $request = fault_read_request($conn)) {
            if ($log !== null) {
                file_put_contents($log, "$request[0] $request[1] #$connection\n", FILE_APPEND | LOCK_EX);
            }
            if (!fault_write($conn, fault_head(200, 'OK', ['Content-Type' => ok_type($api),
                    'Content-Length' => strlen($ok), 'Connection' => 'keep-alive']) . $ok)) {
                return;
            }
        }
        return;

    case 'kept_then_silent':
        /* Answers the first request of a connection and keeps it open; reads
         * the next one on it, and never answers that. */
        fault_write($conn, fault_head(200, 'OK', ['Content-Type' => ok_type($api),
            'Content-Length' => strlen($ok), 'Connection' => 'keep-alive']) . $ok);
        $next = fault_read_request($conn);
        if ($next !== null && $log !== null) {
            file_put_contents($log, "$next[0] $next[1]\n", FILE_APPEND | LOCK_EX);
        }
        fault_hold($conn);
        return;

    case 'drip':
        /* A whole, valid answer, one byte a second. */
        $answer = fault_response(200, 'OK', ok_type($api), $ok);
        for ($i = 0, $n = strlen($answer); $i < $n; $i++) {
            if (!fault_write($conn, $answer[$i])) {
                return;
            }
            /* A readable socket here means the client closed it. */
            if (fault_wait($conn, 1.0)) {
                return;
            }
        }
        return;

    case 'reset':
        /* Headers and part of the body, then a TCP reset: the request body
         * was left unread, so the kernel answers close() with RST. */
        fault_write($conn, fault_head(200, 'OK', ['Content-Type' => ok_type($api),
            'Content-Length' => strlen($ok)]) . substr($ok, 0, intdiv(strlen($ok), 2)));
        usleep(100000);
        return;

    case 'content_length_long':
        /* Promises more than it sends, then closes cleanly. */
        fault_write($conn, fault_head(200, 'OK', ['Content-Type' => ok_type($api),
            'Content-Length' => strlen($ok) + 1000]) . $ok);
        return;

    case 'truncated_chunked':
        /* A chunk announced and cut short, no last chunk, then a clean close. */
        fault_write($conn, fault_head(200, 'OK', ['Content-Type' => ok_type($api),
            'Transfer-Encoding' => 'chunked']) . sprintf("%x\r\n", strlen($ok)) . substr($ok, 0, 20));
        return;

    case 'truncated_headers':
        /* The status line and part of the headers, then a clean close. */
        $head = fault_head(200, 'OK', ['Content-Type' => ok_type($api), 'Content-Length' => strlen($ok)]);
        fault_write($conn, substr($head, 0, strpos($head, 'Content-Length') + 7));
        return;

    case 'truncated_document':
        /* Framed by the close of the connection, which HTTP/1.1 allows: the
         * transfer is complete, the document is not. */
        fault_write($conn, fault_head(200, 'OK', ['Content-Type' => ok_type($api), 'Connection' => 'close'])
            . substr($ok, 0, intdiv(strlen($ok), 2)));
        return;

    case 'html_500':
        /* An error page from a proxy or a PHP fatal, quoting the request as
         * debug pages do, credentials and all. */
        fault_write($conn, fault_response(500, 'Internal Server Error', 'text/html; charset=utf-8',
            "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
            . "<body><h1>Internal Server Error</h1><p>The request was:</p><pre>"
            . htmlspecialchars($body) . "</pre></body></html>\n"));
        return;

    case 'redirect':
        fault_write($conn, fault_response(302, 'Found', 'text/html', '<a href="/moved">moved</a>',
            ['Location' => "http://127.0.0.1:$port/moved/api.php"]));
        return;

    case 'redirect_relative':
        /* A relative Location: the client resolves it against the URL it
         * used, user:password@ included when it had one. */
        fault_write($conn, fault_response(302, 'Found', 'text/html', '<a href="/moved">moved</a>',
            ['Location' => '/moved/api.php']));
        return;

    case 'redirect_userinfo':
        /* An absolute Location with userinfo of its own. */
        fault_write($conn, fault_response(302, 'Found', 'text/html', '',
            ['Location' => "http://other-user:OTHER-pw-77d1@127.0.0.1:$port/moved/api.php"]));
        return;

    case 'redirect_hostile':
        /* A Location made to spoil a log line: bytes that are not UTF-8,
         * control characters, and 20,000 bytes of it. */
        fault_write($conn, fault_response(302, 'Found', 'text/html', '',
            ['Location' => "http://evil.example/\xFF\xFE\x01\x1B[31m x\t" . str_repeat('A', 20000)]));
        return;

    case 'oversize':
    case 'oversize_chunked':
        /* $size bytes of otherwise valid answer: announced up front, or
         * only discovered while reading. */
        $pad = str_repeat(' ', max(0, $size - strlen($ok)));
        $answer = $api === 'opensrs' ? $ok . $pad : $pad . $ok;
        if ($mode === 'oversize') {
            fault_write($conn, fault_response(200, 'OK', ok_type($api), $answer));
        } else {
            $head = fault_head(200, 'OK', ['Content-Type' => ok_type($api), 'Transfer-Encoding' => 'chunked']);
            if (!fault_write($conn, $head)) {
                return;
            }
            foreach (str_split($answer, 65536) as $piece) {
                if (!fault_write($conn, sprintf("%x\r\n", strlen($piece)) . $piece . "\r\n")) {
                    return;
                }
            }
            fault_write($conn, "0\r\n\r\n");
        }
        return;

    case 'no_status':
        /* No status line, no headers: what OpenSRS sends to an address it has
         * not whitelisted, and what any non-HTTP service would. */
        fault_write($conn, $api === 'opensrs'
            ? ops_envelope(ops_reply('0', '400', 'Access denied: invalid IP address'))
            : "ERROR: this is not an HTTP server\n");
        return;

    case 'echo_credentials':
        /* A WHMCS error whose fields quote the request, as a debugging
         * module or a WAF in front of WHMCS might; for OpenSRS, a reply
         * quoting the signature header. */
        parse_str($body, $fields);
        if ($api === 'opensrs') {
            fault_write($conn, fault_response(200, 'OK', 'text/xml', ops_envelope(ops_reply('0', '400',
                'Signature ' . htmlspecialchars($headers['x-signature'] ?? '') . ' rejected'))));
        } else {
            fault_write($conn, fault_response(403, 'Forbidden', 'application/json', json_encode(
                ['result' => 'error', 'message' => 'Authentication Failed', 'request' => $fields])));
        }
        return;

    case 'echo_mangled':
        /* An error page quoting the WHMCS secret a little changed, as a
         * page in another encoding or a template might: spaces as tabs,
         * '?' as a byte that is not UTF-8. */
        parse_str($body, $fields);
        $mangled = strtr((string) ($fields['secret'] ?? ''), [' ' => "\t", '?' => "\xFF"]);
        fault_write($conn, fault_response(500, 'Internal Server Error', 'text/html',
            "<html><body><p>Rejected: $mangled</p></body></html>"));
        return;

    case 'bad_utf8_json':
        fault_write($conn, fault_response(200, 'OK', 'application/json',
            "{\"result\":\"success\",\"users\":[{\"firstname\":\"J\xC3\x28r\xFFg\"}]}"));
        return;

    case 'deep_json':
        /* A valid success answer holding a value nested 10,000 deep. */
        fault_write($conn, fault_response(200, 'OK', 'application/json',
            '{"result":"success","users":' . str_repeat('[', 10000) . str_repeat(']', 10000) . '}'));
        return;

    case 'xml_external_entity':
        /* XXE: an entity that would read a local file, and one that would
         * call back to this server (the log shows whether it did). */
        fault_write($conn, fault_response(200, 'OK', 'text/xml', ops_envelope(
            ops_reply('1', '200', '&xxe;&callback;'),
            "<!DOCTYPE OPS_envelope [\n <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
            . " <!ENTITY callback SYSTEM \"http://127.0.0.1:$port/xxe-callback\">\n]>")));
        return;

    case 'xml_external_dtd':
        /* No internal subset: an external DTD on this server that would
         * declare the entity used below, if anyone fetched it. */
        fault_write($conn, fault_response(200, 'OK', 'text/xml', ops_envelope(
            ops_reply('1', '200', '&xxe;'),
            "<!DOCTYPE OPS_envelope SYSTEM \"http://127.0.0.1:$port/ops.dtd\">")));
        return;

    case 'xml_entity_bomb':
        /* "Billion laughs": 10^9 copies of "lol" from under 1 KB. */
        $subset = "<!DOCTYPE OPS_envelope [\n <!ENTITY lol0 \"lol\">\n";
        for ($i = 1; $i <= 9; $i++) {
            $subset .= " <!ENTITY lol$i \"" . str_repeat('&lol' . ($i - 1) . ';', 10) . "\">\n";
        }
        fault_write($conn, fault_response(200, 'OK', 'text/xml',
            ops_envelope(ops_reply('1', '200', '&lol9;'), $subset . ']>')));
        return;

    case 'xml_deep':
        /* 100,000 nested elements (50,000 dt_assoc/item pairs). */
        fault_write($conn, fault_response(200, 'OK', 'text/xml', ops_envelope(
            str_repeat('<dt_assoc><item key="k">', 50000) . 'x' . str_repeat('</item></dt_assoc>', 50000))));
        return;

    case 'xml_huge_attribute':
        /* One attribute value of 50 MB, sent as it is produced. */
        $attribute = 50 * 1000 * 1000;
        $before = "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<OPS_envelope>\n"
            . " <header>\n  <version>0.9</version>\n </header>\n <body>\n  <data_block>\n"
            . "   <dt_assoc>\n    <item key=\"";
        $after = "\">1</item>\n   </dt_assoc>\n  </data_block>\n </body>\n</OPS_envelope>\n";
        $head = fault_head(200, 'OK', ['Content-Type' => 'text/xml',
            'Content-Length' => strlen($before) + $attribute + strlen($after), 'Connection' => 'close']);
        if (!fault_write($conn, $head . $before)) {
            return;
        }
        $block = str_repeat('A', 1 << 20);
        for ($left = $attribute; $left > 0; $left -= strlen($block)) {
            if (!fault_write($conn, $left >= strlen($block) ? $block : substr($block, 0, $left))) {
                return;
            }
        }
        fault_write($conn, $after);
        return;

    case 'kept':
        /* 'ok' on a kept connection, request after request. */
        for (;;) {
            fault_write($conn, fault_head(200, 'OK', ['Content-Type' => ok_type($api),
                'Content-Length' => strlen($ok)]) . $ok);
            if (($request = fault_read_request($conn)) === null) {
                return;
            }
            if ($log !== null) {
                file_put_contents($log, "$request[0] $request[1]\n", FILE_APPEND | LOCK_EX);
            }
        }

    default:
        fwrite(STDERR, "fault.php: unknown mode $mode\n");
        exit(2);
    }
}

/* ---- main loop -------------------------------------------------------------- */

for (;;) {
    if (!fault_wait($server, 3600)) {
        continue;
    }
    $conn = @stream_socket_accept($server, 0);
    if ($conn === false) {
        continue;
    }
    if (isset($config['tls'])) {
        /* A client that refuses the certificate, or speaks plain HTTP, ends
         * the handshake: drop the connection and wait for the next. */
        stream_set_timeout($conn, 10);
        if (@stream_socket_enable_crypto($conn, true, STREAM_CRYPTO_METHOD_TLS_SERVER) !== true) {
            @fclose($conn);
            continue;
        }
    }
    if ($config['mode'] === 'reset') {
        /* Unbuffered, so that reading the headers leaves the body unread. */
        stream_set_read_buffer($conn, 0);
    }
    fault_answer($config['mode'], $conn, $config, $port);
    @fclose($conn);
}
