--TEST--
Secrets (WHMCS): an uncaught exception goes to the error log with its trace, and no credential with it
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
log_errors=1
display_errors=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * What a WHMCS hook that lets an exception escape writes to the log: the
 * message, then the trace with every argument (up to the length allowed
 * above). The options array, credentials and all, is an argument of the
 * call; it must show as a SensitiveParameterValue. Registered before
 * anything else, this runs after the fatal error has been logged.
 */
$log = tempnam(sys_get_temp_dir(), 'wo-error-log-');
ini_set('error_log', $log);
register_shutdown_function(static function () use ($log) {
    $text = (string) file_get_contents($log);
    unlink($log);
    $leaked = array_filter(wo_fault_secrets(), static fn ($s) => str_contains($text, $s));
    echo 'logged: ', preg_match('/PHP Fatal error:  Uncaught (\S+): /', $text, $m) ? $m[1] : 'nothing', "\n";
    echo 'trace: ', preg_match('/#0 .*\): WhmcsOpensrs\\\\whmcs_api\((.*)\)$/m', $text, $m) ? $m[1] : 'none', "\n";
    echo 'secrets: ', $leaked ? count($leaked) . ' LEAKED' : 'none leaked', "\n";
});

$server = wo_fault_start('html_500');
WhmcsOpensrs\whmcs_api('GetUsers', ['search' => 'uma'], wo_fault_whmcs_options($server['url'], 5.0));
echo "not reached\n";
?>
--EXPECTF--
logged: WhmcsOpensrs\ProtocolException
trace: %sObject(SensitiveParameterValue)
secrets: none leaked
