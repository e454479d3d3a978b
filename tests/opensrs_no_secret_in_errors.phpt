--TEST--
No OpenSRS key (right or wrong) in any exception's message, trace or dump, whatever went wrong
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$unlisted = wo_opensrs_start_socket('unlisted');
$wrongKey = 'WRONGKEY-5b1d-do-not-leak';
$secrets = [WO_OPENSRS_KEY, $wrongKey];

/* A port nobody listens on. */
$probe = stream_socket_server('tcp://127.0.0.1:0');
$closed = 'http://' . stream_socket_get_name($probe, false);
fclose($probe);

$id = wo_opensrs_add_subuser($server, 'example.com');
$o = $server['options'];
$cases = [
    'auth failure' => fn () => opensrs_delete_subuser('example.com', $id, 'domainowner', ['api_key' => $wrongKey] + $o),
    'not found' => fn () => opensrs_delete_subuser('example.com', $id + 1, 'domainowner', $o),
    'no status line' => fn () => opensrs_delete_subuser('example.com', $id, 'domainowner', $unlisted['options']),
    'argument' => fn () => opensrs_delete_subuser('example.com', 0, 'domainowner', $o),
    'bad attributes' => fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', ["\xff" => 1], [], ['api_key' => $wrongKey] + $o),
    'bad option' => fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['api_key' => $wrongKey, 'timeout' => -1] + $o),
    'connection refused' => fn () => WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], ['endpoint' => $closed] + $o),
    'html' => function () use ($server, $o) {
        wo_opensrs_state_set($server['state'], ['mode' => 'html']);
        try {
            WhmcsOpensrs\opensrs_request('get', 'subuser', [], [], $o);
        } finally {
            wo_opensrs_state_set($server['state'], ['mode' => 'normal']);
        }
    },
];
foreach ($cases as $label => $call) {
    try {
        $call();
        echo "$label: no exception\n";
        continue;
    } catch (Throwable $e) {
    }
    ob_start();
    var_dump($e);
    print_r($e);
    var_export($e);
    echo $e, $e->getMessage(), $e->getTraceAsString(), json_encode($e->getTrace(), JSON_PARTIAL_OUTPUT_ON_ERROR);
    $everything = ob_get_clean();
    $leaks = array_filter($secrets, fn ($s) => str_contains($everything, $s));
    echo "$label: ", get_class($e), $leaks ? ' LEAKS ' . implode(', ', $leaks) : ' clean', "\n";
}

/* The trace shows the options as SensitiveParameterValue. */
try {
    opensrs_delete_subuser('example.com', $id, 'domainowner', ['api_key' => $wrongKey] + $o);
} catch (WhmcsOpensrs\OpensrsAuthException $e) {
    var_dump(get_class($e->getTrace()[0]['args'][3]));
}
?>
--EXPECT--
auth failure: WhmcsOpensrs\OpensrsAuthException clean
not found: WhmcsOpensrs\OpensrsException clean
no status line: WhmcsOpensrs\OpensrsAuthException clean
argument: ValueError clean
bad attributes: ValueError clean
bad option: ValueError clean
connection refused: WhmcsOpensrs\TransportException clean
html: WhmcsOpensrs\ProtocolException clean
string(23) "SensitiveParameterValue"
