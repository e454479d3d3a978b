--TEST--
whmcs_api_many() inside WHMCS: localAPI() calls run one after another, in order; what one throws fills its slot; exit() inside localAPI() ends the batch and the script
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/many.inc';

$GLOBALS['running'] = 0;
$GLOBALS['order'] = [];
function localAPI(string $command, array $postData = [], string $adminUser = ''): mixed
{
    if ($GLOBALS['running']++ !== 0) {
        echo "overlap!\n";
    }
    $GLOBALS['order'][] = $command;
    try {
        return match ($command) {
            'Throws' => throw new LogicException('thrown inside WHMCS'),
            'Fails' => ['result' => 'error', 'message' => 'Client Not Found'],
            'NotArray' => 'text',
            'Leaves' => exit("exit inside localAPI()\n"),
            default => ['result' => 'success', 'command' => $command, 'admin' => $adminUser, 'params' => $postData],
        };
    } finally {
        $GLOBALS['running']--;
    }
}

$answers = WhmcsOpensrs\whmcs_api_many([
    'first' => ['action' => 'GetUsers', 'params' => ['limitnum' => 2]],
    'second' => ['action' => 'Throws'],
    'third' => ['action' => 'Fails'],
    'fourth' => ['action' => 'NotArray'],
    'fifth' => ['action' => 'GetClients'],
], ['admin_user' => 'admin']);
wo_many_report($answers);
echo json_encode($answers['first']), "\n";
echo implode(' ', $GLOBALS['order']), "\n";
echo "trace of the thrown one: ", $answers['second']->getTrace()[0]['function'], "\n";

register_shutdown_function(fn () => print("order: " . implode(' ', $GLOBALS['order']) . "\n"));
$answers = WhmcsOpensrs\whmcs_api_many(['a' => ['action' => 'One'], 'b' => ['action' => 'Leaves'], 'c' => ['action' => 'Two']]);
echo "not reached\n";
?>
--EXPECT--
'first' => success
'second' => LogicException 0: thrown inside WHMCS
'third' => WhmcsOpensrs\WhmcsException 0: Client Not Found
'fourth' => WhmcsOpensrs\ProtocolException 0: localAPI() returned string, not an array
'fifth' => success
{"result":"success","command":"GetUsers","admin":"admin","params":{"limitnum":2}}
GetUsers Throws Fails NotArray GetClients
trace of the thrown one: localAPI
exit inside localAPI()
order: GetUsers Throws Fails NotArray GetClients One Leaves
