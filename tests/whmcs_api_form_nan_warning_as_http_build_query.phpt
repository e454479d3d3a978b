--TEST--
WhmcsOpensrs\whmcs_api(): a NAN, INF or float param warns exactly as http_build_query() does (PHP 8.5 warns for NAN), once per call even when logged; a handler that throws stops the call before anything is sent
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start();

$warnings = [];
set_error_handler(function (int $type, string $message) use (&$warnings) {
    $warnings[] = $message;
    return true;
});
$logged = 0;
foreach (['NAN' => NAN, 'INF' => INF, '-INF' => -INF, '0.5' => 0.5] as $name => $value) {
    foreach ([false, fn (array $entry) => $GLOBALS['logged']++] as $logger) {
        $params = ['clientid' => 1, 'amount' => $value, 'password2' => $value];
        $warnings = [];
        http_build_query($params);
        $theirs = $warnings;
        $warnings = [];
        WhmcsOpensrs\whmcs_api('GetUsers', $params, $server['options'] + ['logger' => $logger]);
        $expected = PHP_VERSION_ID >= 80500 && is_nan($value) ? 2 : 0;
        printf("%-4s %-9s %s, %s\n", $name, $logger ? 'logged' : 'no log',
            $warnings === $theirs ? 'same warnings' : 'OTHER WARNINGS ' . json_encode([$warnings, $theirs]),
            count($theirs) === $expected ? 'as this PHP version does' : 'UNEXPECTED COUNT');
    }
}
echo "log entries: $logged\n";

/* An error handler that turns the warning into an exception. */
set_error_handler(function (int $type, string $message) {
    throw new ErrorException($message, 0, $type);
});
file_put_contents($server['record'], '');
foreach (['http_build_query' => fn () => http_build_query(['v' => NAN]),
          'whmcs_api' => fn () => WhmcsOpensrs\whmcs_api('GetUsers', ['v' => NAN], $server['options'])] as $name => $fn) {
    try {
        $fn();
        $outcome[$name] = 'returned';
    } catch (ErrorException $e) {
        $outcome[$name] = 'threw';
    }
}
restore_error_handler();
echo $outcome['whmcs_api'] === $outcome['http_build_query'] ? 'same outcome' : 'OTHER OUTCOME ' . json_encode($outcome),
    ', ', $outcome['whmcs_api'] === (PHP_VERSION_ID >= 80500 ? 'threw' : 'returned') ? 'as this PHP version does' : 'UNEXPECTED',
    ', sent: ', (wo_whmcs_last_request($server) === null) === ($outcome['whmcs_api'] === 'threw') ? 'only when it returned' : 'WRONG', "\n";
?>
--EXPECT--
NAN  no log    same warnings, as this PHP version does
NAN  logged    same warnings, as this PHP version does
INF  no log    same warnings, as this PHP version does
INF  logged    same warnings, as this PHP version does
-INF no log    same warnings, as this PHP version does
-INF logged    same warnings, as this PHP version does
0.5  no log    same warnings, as this PHP version does
0.5  logged    same warnings, as this PHP version does
log entries: 4
same outcome, as this PHP version does, sent: only when it returned
