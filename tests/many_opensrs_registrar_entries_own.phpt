--TEST--
opensrs_request_many() inside WHMCS: a getRegistrarConfigOptions() that overwrites, or changes through references, the entries of $calls changes nothing: the commands are sent as $calls held them when the function was called
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/many.inc';

/* Strings made at run time: freed when the last holder lets go. */
function text(string $s): string
{
    return substr(" $s", 1);
}

function getRegistrarConfigOptions(string $registrar): array
{
    foreach (['e1', 'e2', 'e3'] as $name) {
        $GLOBALS[$name] = text('gone');
    }
    $GLOBALS['note'] = text('changed');
    $GLOBALS['owner']['username'] = text('someone else');
    for ($i = 0; $i < 40; $i++) {
        $GLOBALS['junk'][] = [text('ZZZZZZZZZ') => text('YYYYYYY'), text('X') => [text('get'), text('subuser')]];
    }
    return ['Username' => WO_OPENSRS_RESELLER, 'PrivateKey' => WO_OPENSRS_KEY];
}

$server = wo_opensrs_start_socket('keepalive', ['flight' => []]);
$options = $server['options'];
unset($options['reseller_username'], $options['api_key']);
$note = text('as given');
$owner = ['domain' => text('example.com'), 'username' => text('domainowner')];
$calls = [];
foreach ([1, 2, 3] as $n) {
    ${"e$n"} = ['action' => text('get'), 'object' => text('subuser'),
        'attributes' => ['domain' => text('example.com'), 'note' => &$note, 'n' => $n], 'extra' => &$owner];
    $calls["get$n"] = &${"e$n"};
}
wo_many_report(WhmcsOpensrs\opensrs_request_many($calls, $options));
foreach (wo_opensrs_state($server['state'])['requests'] as $request) {
    $data = $request['data'];
    echo "sent: $data[action] $data[object] #{$data['attributes']['n']} {$data['attributes']['note']}, owner $data[username]\n";
}
echo "$e1 $note, owner $owner[username]\n";
?>
--EXPECT--
'get1' => 200
'get2' => 200
'get3' => 200
sent: get subuser #1 as given, owner domainowner
sent: get subuser #2 as given, owner domainowner
sent: get subuser #3 as given, owner domainowner
gone changed, owner someone else
