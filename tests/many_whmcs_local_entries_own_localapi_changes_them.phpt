--TEST--
whmcs_api_many() inside WHMCS: a localAPI() that overwrites, or changes through references, the entries of $calls still to run changes nothing: each runs as $calls held it when the function was called
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/* Strings made at run time: freed when the last holder lets go. */
function text(string $s): string
{
    return substr(" $s", 1);
}

function localAPI(string $command, array $postData = [], string $adminUser = ''): array
{
    echo "localAPI($command): ", json_encode($postData), "\n";
    $GLOBALS['e2'] = text('gone');
    $GLOBALS['e3']['params'] = null;
    $GLOBALS['action4'] = text('Gone');
    $GLOBALS['inner'] = [text('replaced')];
    $GLOBALS['limit'] = 99;
    for ($i = 0; $i < 40; $i++) {
        $GLOBALS['junk'][] = [text('ZZZZZZZZZ') => text('YYYYYYY'), text('X') => [text('a'), text('b')]];
    }
    return ['result' => 'success'];
}

$inner = ['a' => text('first'), 'b' => [text('second')]];
$limit = 3;
$action4 = text('GetClients');
$e1 = ['action' => text('GetUsers'), 'params' => ['limitnum' => 1]];
$e2 = ['action' => text('AddUser'), 'params' => ['firstname' => text('Ann'), 'more' => &$inner]];
$e3 = ['action' => text('GetClientsDetails'), 'params' => ['clientid' => 7, 'limit' => &$limit]];
$e4 = ['action' => &$action4, 'params' => &$inner];
$calls = ['one' => &$e1, 'two' => &$e2, 'three' => &$e3, 'four' => &$e4];
$answers = WhmcsOpensrs\whmcs_api_many($calls);
echo json_encode(array_map(fn ($a) => $a['result'], $answers)), "\n";
echo json_encode([$e2, $e3['params'], $action4, $inner, $limit]), "\n";
?>
--EXPECT--
localAPI(GetUsers): {"limitnum":1}
localAPI(AddUser): {"firstname":"Ann","more":{"a":"first","b":["second"]}}
localAPI(GetClientsDetails): {"clientid":7,"limit":3}
localAPI(GetClients): {"a":"first","b":["second"]}
{"one":"success","two":"success","three":"success","four":"success"}
["gone",null,"Gone",["replaced"],99]
