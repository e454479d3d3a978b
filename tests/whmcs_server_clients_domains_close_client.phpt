--TEST--
The bundled WHMCS server: GetClientsDomains with the vendor's fields and filters, CloseClient with its documented error
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());
$options = $server['options'];

/* Response and domain fields of GetClientsDomains in the WHMCS API
 * reference, whose example has every value as a string. */
const VENDOR_FIELDS = ['clientid', 'domainid', 'domains', 'numreturned', 'result', 'startnumber', 'totalresults'];
const VENDOR_DOMAIN_FIELDS = ['dnsmanagement', 'domainname', 'donotrenew', 'emailforwarding', 'expirydate',
    'firstpaymentamount', 'id', 'idprotection', 'nextduedate', 'notes', 'orderid', 'paymentmethod',
    'paymentmethodname', 'promoid', 'recurringamount', 'regdate', 'registrar', 'regperiod', 'regtype', 'status',
    'subscriptionid', 'userid'];

function names(array $answer): string
{
    return implode(', ', array_map(static fn ($d) => "$d[id]:$d[domainname]/$d[registrar]/$d[status]",
        $answer['domains']['domain']));
}

$all = WhmcsOpensrs\whmcs_api('GetClientsDomains', ['clientid' => 1], $options);
$keys = array_keys($all);
sort($keys);
var_dump($keys === VENDOR_FIELDS);
$keys = array_keys($all['domains']['domain'][0]);
sort($keys);
var_dump($keys === VENDOR_DOMAIN_FIELDS);
var_dump(array_filter($all['domains']['domain'][0], 'is_string') === $all['domains']['domain'][0]);
echo json_encode(array_diff_key($all, ['domains' => 1])), "\n", names($all), "\n";

echo names(WhmcsOpensrs\whmcs_api('GetClientsDomains', ['clientid' => 1, 'limitstart' => 1, 'limitnum' => 1], $options)), "\n";
echo names(WhmcsOpensrs\whmcs_api('GetClientsDomains', ['domain' => 'OTHER-owner.org'], $options)), "\n";
echo names(WhmcsOpensrs\whmcs_api('GetClientsDomains', ['domainid' => 2], $options)), "\n";
echo names(WhmcsOpensrs\whmcs_api('GetClientsDomains', [], $options)), "\n";
$none = WhmcsOpensrs\whmcs_api('GetClientsDomains', ['clientid' => 99], $options);
echo $none['totalresults'], ' ', json_encode($none['domains']), "\n";

/* CloseClient: the documented error, then the client closed with its
 * domains cancelled and its users still linked. */
$documented = wo_fixture_json('documented.json')['CloseClient'];
try {
    WhmcsOpensrs\whmcs_api('CloseClient', ['clientid' => 99], $options);
} catch (WhmcsOpensrs\WhmcsException $e) {
    var_dump(in_array($e->getMessage(), $documented['errors'], true), $e->getMessage());
}
$closed = WhmcsOpensrs\whmcs_api('CloseClient', ['clientid' => 1], $options);
var_dump($closed === ['result' => 'success'], array_keys($closed) === $documented['fields']['']);
echo WhmcsOpensrs\whmcs_api('GetClientsDetails', ['clientid' => 1], $options)['client']['status'], "\n";
echo names(WhmcsOpensrs\whmcs_api('GetClientsDomains', ['clientid' => 1], $options)), "\n";
echo count(wo_whmcs_state_links($server)), " links\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
{"result":"success","clientid":"1","domainid":"","totalresults":"3","startnumber":"0","numreturned":"3"}
1:example.com/opensrs/Active, 2:example.net/opensrs/Active, 3:example.org/enom/Active
2:example.net/opensrs/Active
4:other-owner.org/opensrs/Active
2:example.net/opensrs/Active
1:example.com/opensrs/Active, 2:example.net/opensrs/Active, 3:example.org/enom/Active, 4:other-owner.org/opensrs/Active
0 {"domain":[]}
bool(true)
string(19) "Client ID Not Found"
bool(true)
bool(true)
Closed
1:example.com/opensrs/Cancelled, 2:example.net/opensrs/Cancelled, 3:example.org/enom/Cancelled
3 links
