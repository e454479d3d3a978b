--TEST--
whmcs_api_many() and opensrs_request_many(): a logger that overwrites, or changes through references, the entries of $calls still to be logged changes nothing: every call is sent and logged as $calls held it when the function was called
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
require __DIR__ . '/many.inc';

/* Strings made at run time: freed when the last holder lets go, unlike
 * literals, so a call that kept pointers into them would read freed
 * memory (and here, the junk below). */
function text(string $s): string
{
    return substr(" $s", 1);
}

/* What a logger does to the entries it can reach, then allocating what
 * may take the freed memory's place. */
function vandalise(): void
{
    foreach (['e2', 'e3'] as $name) {
        $GLOBALS[$name] = text('gone');
    }
    $GLOBALS['action3'] = text('Gone');
    $GLOBALS['inner']['limitnum'] = 99;
    $GLOBALS['attributes3'] = null;
    $GLOBALS['domain2'] = text('changed.example');
    for ($i = 0; $i < 40; $i++) {
        $GLOBALS['junk'][] = [text('ZZZZZZZZZ') => text('YYYYYYY'), text('X') => [text('get'), text('subuser')]];
    }
}

$whmcs = wo_whmcs_start(wo_whmcs_fixture());
$inner = ['limitnum' => 1, 'search' => text('example')];
$action3 = text('GetUsers');
$e1 = ['action' => text('GetUsers'), 'params' => ['limitnum' => 2]];
$e2 = ['action' => text('GetUsers'), 'params' => ['nested' => &$inner, 'limitstart' => 0]];
$e3 = ['action' => &$action3, 'params' => ['search' => text('nobody'), 'limitnum' => 1]];
$calls = ['one' => &$e1, 'two' => &$e2, 'three' => &$e3];
$entries = [];
$logger = function (array $entry) use (&$entries) {
    $entries[] = $entry['action'] . ' ' . $entry['request'];
    vandalise();
};
wo_many_report(WhmcsOpensrs\whmcs_api_many($calls, ['logger' => $logger] + $whmcs['options']));
echo implode("\n", $entries), "\n";

$opensrs = wo_opensrs_start_socket('keepalive', ['flight' => []]);
$domain2 = text('example.com');
$attributes3 = ['domain' => text('example.com'), 'note' => text('third')];
$owner = ['domain' => text('example.com'), 'username' => text('domainowner')];
$e1 = ['action' => text('get'), 'object' => text('subuser'), 'attributes' => ['domain' => text('example.com')], 'extra' => $owner];
$e2 = ['action' => text('get'), 'object' => text('subuser'), 'attributes' => ['domain' => &$domain2], 'extra' => $owner];
$e3 = ['action' => text('get'), 'object' => text('subuser'), 'attributes' => &$attributes3, 'extra' => $owner];
$calls = ['one' => &$e1, 'two' => &$e2, 'three' => &$e3];
$entries = [];
$logger = function (array $entry) use (&$entries) {
    preg_match_all('~<item key="(domain|note)">([^<]*)</item>~', $entry['request'], $m, PREG_SET_ORDER);
    $entries[] = $entry['action'] . ': ' . implode(', ', array_map(fn ($x) => "$x[1]=$x[2]", $m));
    vandalise();
};
wo_many_report(WhmcsOpensrs\opensrs_request_many($calls, ['logger' => $logger] + $opensrs['options']));
echo implode("\n", $entries), "\n";
foreach (wo_opensrs_state($opensrs['state'])['requests'] as $request) {
    echo 'sent: ', $request['data']['action'], ' ', $request['data']['object'], ' ', $request['data']['attributes']['domain'],
        ' ', $request['data']['attributes']['note'] ?? '-', "\n";
}
echo gettype($e2), ' ', gettype($e3), ' ', $domain2, "\n";
?>
--EXPECT--
'one' => success
'two' => success
'three' => success
GetUsers action=GetUsers&responsetype=json&limitnum=2
GetUsers action=GetUsers&responsetype=json&nested%5Blimitnum%5D=1&nested%5Bsearch%5D=example&limitstart=0
GetUsers action=GetUsers&responsetype=json&search=nobody&limitnum=1
'one' => 200
'two' => 200
'three' => 200
get subuser: domain=example.com, domain=example.com
get subuser: domain=example.com, domain=example.com
get subuser: domain=example.com, domain=example.com, note=third
sent: get subuser example.com -
sent: get subuser example.com -
sent: get subuser example.com third
string string changed.example
