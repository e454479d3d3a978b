--TEST--
WhmcsOpensrs\opensrs_request() envelope: protocol, action, object, $extra items in order, registrant_ip (option, unless $extra has one), attributes last
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$sent = function () use ($server): void {
    $data = wo_opensrs_last_request($server['state'])['data'];
    echo implode(', ', array_map(fn ($k, $v) => is_array($v) ? "$k=" . json_encode($v) : "$k=$v",
        array_keys($data), $data)), "\n";
};

WhmcsOpensrs\opensrs_request('get', 'subuser', [], ['username' => 'domainowner', 'domain' => 'example.com'], $server['options']);
$sent();

WhmcsOpensrs\opensrs_request('GET', 'SUBUSER', ['domain' => 'example.com'], ['domain' => 'example.com', 'username' => 'domainowner'],
    ['registrant_ip' => '203.0.113.7'] + $server['options']);
$sent();

WhmcsOpensrs\opensrs_request('get', 'subuser', ['domain' => 'example.com'],
    ['registrant_ip' => '198.51.100.2', 'domain' => 'example.com', 'username' => 'domainowner'],
    ['registrant_ip' => '203.0.113.7'] + $server['options']);
$sent();

try {
    opensrs_delete_subuser('example.com', 99, 'domainowner', ['registrant_ip' => '2001:db8::1'] + $server['options']);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo $e->getCode(), "\n";
}
$sent();
?>
--EXPECT--
protocol=XCP, action=get, object=subuser, username=domainowner, domain=example.com, attributes=[]
protocol=XCP, action=GET, object=SUBUSER, domain=example.com, username=domainowner, registrant_ip=203.0.113.7, attributes={"domain":"example.com"}
protocol=XCP, action=get, object=subuser, registrant_ip=198.51.100.2, domain=example.com, username=domainowner, attributes={"domain":"example.com"}
480
protocol=XCP, action=delete, object=subuser, domain=example.com, username=domainowner, registrant_ip=2001:db8::1, attributes={"domain":"example.com","sub_id":"99"}
