--TEST--
whmcs_api() and whmcs_api_many(): an error handler that the form encoder's warning reaches (PHP 8.5 warns for a NAN param) and that overwrites, through references, the params being encoded or the entries of $calls still to be read changes nothing: the calls run as given
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/* Strings made at run time: freed when the last holder lets go. */
function text(string $s): string
{
    return substr(" $s", 1);
}

$warnings = 0;
set_error_handler(function (int $type, string $message) use (&$warnings) {
    $warnings++;
    $GLOBALS['inner'] = null;
    $GLOBALS['e2'] = text('gone');
    for ($i = 0; $i < 40; $i++) {
        $GLOBALS['junk'][] = [text('ZZZZZZZZZ') => text('YYYYYYY'), text('X') => [text('a'), text('b')]];
    }
    return true;
});

function localAPI(string $command, array $postData = [], string $adminUser = ''): array
{
    echo "localAPI($command): ", var_export($postData, true), "\n";
    return ['result' => 'success'];
}

$inner = ['x' => NAN, 'y' => text('kept'), 'z' => [text('also kept')]];
WhmcsOpensrs\whmcs_api('GetUsers', ['p' => &$inner, 'q' => text('after')]);

$inner = ['x' => NAN, 'y' => text('kept')];
$e1 = ['action' => text('GetUsers'), 'params' => ['p' => &$inner]];
$e2 = ['action' => text('GetClients'), 'params' => ['search' => text('second')]];
$calls = ['one' => &$e1, 'two' => &$e2];
echo json_encode(array_map(fn ($a) => $a['result'], WhmcsOpensrs\whmcs_api_many($calls))), "\n";
echo 'warnings: ', $warnings === (PHP_VERSION_ID >= 80500 ? 2 : 0) ? 'as this PHP version gives' : "UNEXPECTED $warnings", "\n";
?>
--EXPECT--
localAPI(GetUsers): array (
  'p' => 
  array (
    'x' => NAN,
    'y' => 'kept',
    'z' => 
    array (
      0 => 'also kept',
    ),
  ),
  'q' => 'after',
)
localAPI(GetUsers): array (
  'p' => 
  array (
    'x' => NAN,
    'y' => 'kept',
  ),
)
localAPI(GetClients): array (
  'search' => 'second',
)
{"one":"success","two":"success"}
warnings: as this PHP version gives
