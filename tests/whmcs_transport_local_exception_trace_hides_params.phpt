--TEST--
WHMCS in-process: an exception thrown inside localAPI() reaches the caller with the arguments of the frames of our call hidden (password2 nowhere in getTrace(), getTraceAsString(), print_r(), var_dump() or the chained exceptions), its class, message and the caller's frames unchanged
--EXTENSIONS--
whmcs_opensrs
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
--FILE--
<?php
const PASSWORD = 'pw2-SECRET-client-8c1e';

/* A stand-in for WHMCS: localAPI() hands the password on to internals,
 * which fail; WHMCS wraps the failure. */
function whmcs_validate_password(string $password): never
{
    throw new DomainException('Password policy failed', 7);
}

function localAPI(string $command, array $postData, string $adminUser = ''): array
{
    try {
        whmcs_validate_password($postData['password2']);
    } catch (DomainException $e) {
        /* __toString() before it leaves: the string is kept inside. */
        $text = (string) $e;
        throw new RuntimeException("$command failed", 42, $e);
    }
}

function caller(string $visible): array
{
    return WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'Ann', 'password2' => PASSWORD],
        ['transport' => 'local', 'logger' => false]);
}

try {
    caller('caller-arg-stays');
} catch (Throwable $e) {
}

echo get_class($e), ': ', $e->getMessage(), ' (', $e->getCode(), ")\n";
echo 'previous: ', get_class($e->getPrevious()), ': ', $e->getPrevious()->getMessage(), "\n";
ob_start();
var_dump($e);
$dump = ob_get_clean();
$views = ['getTrace()' => serialize(array_map(static fn ($f) => array_map(
              static fn ($a) => $a instanceof SensitiveParameterValue ? 'hidden' : $a, $f['args'] ?? []), $e->getTrace())),
          'getTraceAsString()' => $e->getTraceAsString(), 'string' => (string) $e, 'print_r' => print_r($e, true),
          'var_dump' => $dump, 'previous trace' => $e->getPrevious()->getTraceAsString(),
          'previous string' => (string) $e->getPrevious()];
foreach ($views as $view => $text) {
    echo $view, ': ', str_contains($text, PASSWORD) ? 'PASSWORD SHOWN' : 'no password', "\n";
}
foreach ([$e, $e->getPrevious()] as $ex) {
    foreach ($ex->getTrace() as $i => $frame) {
        $args = array_map(static fn ($a) => $a instanceof SensitiveParameterValue ? 'hidden'
            : (is_string($a) ? "'$a'" : gettype($a)), $frame['args'] ?? []);
        echo "#$i ", $frame['function'], '(', implode(', ', $args), ")\n";
    }
}
/* PHP's own wrapper: the value is there for whoever asks for it. */
var_dump($e->getTrace()[0]['args'][1]->getValue()['firstname']);
?>
--EXPECT--
RuntimeException: AddUser failed (42)
previous: DomainException: Password policy failed
getTrace(): no password
getTraceAsString(): no password
string: no password
print_r: no password
var_dump: no password
previous trace: no password
previous string: no password
#0 localAPI(hidden, hidden)
#1 WhmcsOpensrs\whmcs_api('AddUser', hidden, hidden)
#2 caller('caller-arg-stays')
#0 whmcs_validate_password(hidden)
#1 localAPI(hidden, hidden)
#2 WhmcsOpensrs\whmcs_api('AddUser', hidden, hidden)
#3 caller('caller-arg-stays')
string(3) "Ann"
