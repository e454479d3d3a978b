--TEST--
whmcs_opensrs.concurrency (4) and whmcs_opensrs.retries (0): defaults, bounds, numeric strings; the options win, and single calls take them too
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs_opensrs.retries=2
--FILE--
<?php
require __DIR__ . '/many.inc';
$all = ini_get_all('whmcs_opensrs');
foreach (['whmcs_opensrs.concurrency', 'whmcs_opensrs.retries'] as $name) {
    echo $name, ': default ', $all[$name]['global_value'], ', access ', $all[$name]['access'] === INI_ALL ? 'all' : $all[$name]['access'], "\n";
}
foreach (['0', '65', '-1', 'four', '2.5', '8', '16'] as $value) {
    echo "concurrency ", var_export($value, true), ': ', var_export(ini_set('whmcs_opensrs.concurrency', $value), true),
        ' -> ', ini_get('whmcs_opensrs.concurrency'), "\n";
}
foreach (['11', '-1', '0'] as $value) {
    echo "retries ", var_export($value, true), ': ', var_export(ini_set('whmcs_opensrs.retries', $value), true),
        ' -> ', ini_get('whmcs_opensrs.retries'), "\n";
}

/* Options: an int or a numeric string (as WHMCS hands settings over). */
$server = wo_opensrs_start_socket('keepalive', ['flight' => ['barrier' => 3, 'delay_ms' => 5]]);
$answers = WhmcsOpensrs\opensrs_request_many(wo_many_gets(6), ['concurrency' => '3', 'retries' => '1'] + $server['options']);
echo count($answers), " answers, most at once: ", wo_flight($server)['max_in_flight'], "\n";
/* A single call takes the same options: one $options array serves both. */
$reply = WhmcsOpensrs\opensrs_request('get', 'subuser',
    ['domain' => 'example.com', 'test_answer' => 486, 'test_times' => 1], ['domain' => 'example.com', 'username' => 'domainowner'],
    ['concurrency' => 8, 'retries' => 1] + $server['options']);
echo "single with retries 1: ", $reply['response_code'], "\n";
?>
--EXPECT--
whmcs_opensrs.concurrency: default 4, access all
whmcs_opensrs.retries: default 2, access all
concurrency '0': false -> 4
concurrency '65': false -> 4
concurrency '-1': false -> 4
concurrency 'four': false -> 4
concurrency '2.5': false -> 4
concurrency '8': '4' -> 8
concurrency '16': '8' -> 16
retries '11': false -> 2
retries '-1': false -> 2
retries '0': '2' -> 0
6 answers, most at once: 3
single with retries 1: 200
