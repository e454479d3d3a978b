--TEST--
WhmcsOpensrs\whmcs_api(): from PHP 8.4 a backed enum in $params is sent as its value, byte for byte as http_build_query() sends it (and masked in the log under a sensitive name), a pure enum is a ValueError; before 8.4 an enum is an object, a TypeError
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start();

enum Status: string { case Active = 'Active'; case Closed = 'Closed'; }
enum Page: int { case Two = 2; }
enum Secret: string { case Key = 'Hunter2-enum-secret'; }
enum Plain { case A; }

$modern = PHP_VERSION_ID >= 80400;
$params = ['status' => Status::Active, 'page' => Page::Two, 'list' => [Status::Closed, 'x'], 'password2' => Secret::Key];
$logged = null;
$options = $server['options'] + ['logger' => function (array $entry) use (&$logged) { $logged = $entry['request']; }];
file_put_contents($server['record'], '');
try {
    WhmcsOpensrs\whmcs_api('GetUsers', $params, $options);
    $body = wo_whmcs_last_request($server)['body'];
    /* action, the credentials and responsetype first (max_input_vars). */
    $same = $body === 'action=GetUsers&identifier=' . urlencode($server['options']['identifier']) . '&secret='
        . urlencode($server['options']['secret']) . '&responsetype=json&' . http_build_query($params, '', '&');
    echo 'backed: ', $modern && $same ? 'as this PHP version expects' : "UNEXPECTED: $body", "\n";
    echo 'log: ', str_contains($logged, 'password2=********') && !str_contains($logged, 'Hunter2') ? 'as this PHP version expects' : "NOT MASKED: $logged", "\n";
} catch (TypeError $e) {
    $ok = !$modern && $e->getMessage() === 'WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must contain only scalars, null and arrays, Status given';
    echo 'backed: ', $ok ? 'as this PHP version expects' : 'UNEXPECTED: ' . $e->getMessage(), "\n";
    echo 'log: ', $ok && $logged === null && wo_whmcs_last_request($server) === null ? 'as this PHP version expects' : 'UNEXPECTED', "\n";
}

/* http_build_query() of 8.4 throws a ValueError for a pure enum; before 8.4
 * it sends its name, and objects are refused here. */
try {
    WhmcsOpensrs\whmcs_api('GetUsers', ['x' => ['y' => Plain::A]], $options);
    echo "pure: UNEXPECTED: sent\n";
} catch (ValueError | TypeError $e) {
    $want = $modern ? [ValueError::class, 'WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain an enum without a backing value']
                    : [TypeError::class, 'WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must contain only scalars, null and arrays, Plain given'];
    echo 'pure: ', [get_class($e), $e->getMessage()] === $want ? 'refused as this PHP version expects' : 'UNEXPECTED: ' . get_class($e) . ': ' . $e->getMessage(), "\n";
}
?>
--EXPECT--
backed: as this PHP version expects
log: as this PHP version expects
pure: refused as this PHP version expects
