--TEST--
keepalive_idle: a kept connection idle longer than the setting is retired and a new one opened; one idle for less is reused (option and ini, single and many, WHMCS and OpenSRS)
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * The server keeps every connection and logs which one each request came
 * on. Two calls with a pause between them: when the pause is longer than
 * keepalive_idle the second call must come on a new connection, when it
 * is much shorter on the same one. The short case's setting is far above
 * the pause, so that a slow machine (valgrind) cannot push it over.
 */
function connections_used(string $api, array $more, float $pause, bool $many = false): string
{
    $server = wo_fault_start('keepalive');
    $options = $api === 'whmcs' ? wo_fault_whmcs_options($server['url'], 10.0, $more)
        : wo_fault_opensrs_options($server['url'], 10.0, $more);
    for ($i = 0; $i < 2; $i++) {
        if ($i) {
            usleep((int) ($pause * 1e6));
        }
        if ($api === 'whmcs' && $many) {
            $result = current(WhmcsOpensrs\whmcs_api_many([['action' => 'GetUsers', 'params' => []]], $options));
        } elseif ($api === 'whmcs') {
            $result = WhmcsOpensrs\whmcs_api('GetUsers', [], $options);
        } elseif ($many) {
            $result = current(WhmcsOpensrs\opensrs_request_many([['action' => 'get', 'object' => 'balance']], $options));
        } else {
            $result = WhmcsOpensrs\opensrs_request('get', 'balance', [], [], $options);
        }
        if (!is_array($result)) {
            return get_class($result) . ': ' . $result->getMessage();
        }
    }
    $lines = wo_fault_requests($server);
    $connections = array_unique(array_map(static fn ($line) => substr($line, strrpos($line, '#')), $lines));
    return count($lines) . ' requests on ' . count($connections) . ' connection(s)';
}

foreach (['whmcs', 'opensrs'] as $api) {
    foreach ([false, true] as $many) {
        $form = $api . ($many ? ' many' : ' single');
        echo "$form, idle 0.6 s, keepalive_idle 0.2: ", connections_used($api, ['keepalive_idle' => 0.2], 0.6, $many), "\n";
        echo "$form, idle 0.1 s, keepalive_idle '30': ", connections_used($api, ['keepalive_idle' => '30'], 0.1, $many), "\n";
    }
}

/* The ini setting, when no option is given. */
ini_set('whmcs_opensrs.keepalive_idle', '0.2');
echo 'ini 0.2, idle 0.6 s: ', connections_used('whmcs', [], 0.6), "\n";
ini_set('whmcs_opensrs.keepalive_idle', '30');
echo 'ini 30, idle 0.1 s: ', connections_used('whmcs', [], 0.1), "\n";
?>
--EXPECT--
whmcs single, idle 0.6 s, keepalive_idle 0.2: 2 requests on 2 connection(s)
whmcs single, idle 0.1 s, keepalive_idle '30': 2 requests on 1 connection(s)
whmcs many, idle 0.6 s, keepalive_idle 0.2: 2 requests on 2 connection(s)
whmcs many, idle 0.1 s, keepalive_idle '30': 2 requests on 1 connection(s)
opensrs single, idle 0.6 s, keepalive_idle 0.2: 2 requests on 2 connection(s)
opensrs single, idle 0.1 s, keepalive_idle '30': 2 requests on 1 connection(s)
opensrs many, idle 0.6 s, keepalive_idle 0.2: 2 requests on 2 connection(s)
opensrs many, idle 0.1 s, keepalive_idle '30': 2 requests on 1 connection(s)
ini 0.2, idle 0.6 s: 2 requests on 2 connection(s)
ini 30, idle 0.1 s: 2 requests on 1 connection(s)
