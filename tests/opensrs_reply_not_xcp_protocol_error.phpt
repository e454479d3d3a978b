--TEST--
An answer that is not an XCP reply (HTML, not XML, another root, no is_success, empty): ProtocolException with the HTTP status
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();

function attempt(array $server): void
{
    try {
        opensrs_delete_subuser('example.com', 1, 'domainowner', $server['options']);
        echo "no exception\n";
    } catch (WhmcsOpensrs\Exception $e) {
        echo get_class($e), ' (HTTP ', $e->getHttpStatus(), '): ', $e->getMessage(), "\n";
    }
}

wo_opensrs_state_set($server['state'], ['mode' => 'html']);
attempt($server);

$envelope = fn (string $items) => "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n"
    . "<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n<OPS_envelope><header><version>0.9</version></header>"
    . "<body><data_block>$items</data_block></body></OPS_envelope>";
$canned = [
    'not XML' => "Service temporarily unavailable\n",
    'another root' => '<?xml version="1.0"?><html><body>hi</body></html>',
    'no is_success' => $envelope('<dt_assoc><item key="protocol">XCP</item><item key="response_code">200</item></dt_assoc>'),
    'a bare scalar' => $envelope('<dt_scalar>1</dt_scalar>'),
    'empty' => '',
];
foreach ($canned as $label => $body) {
    wo_opensrs_state_set($server['state'], ['mode' => 'canned', 'canned_reply' => $body]);
    echo "$label: ";
    attempt($server);
}
?>
--EXPECTF--
WhmcsOpensrs\ProtocolException (HTTP 500): OpenSRS answered HTTP 500 with no OPS envelope: %s
not XML: WhmcsOpensrs\ProtocolException (HTTP 200): OpenSRS answered HTTP 200 with no OPS envelope: %s
another root: WhmcsOpensrs\ProtocolException (HTTP 200): OpenSRS answered HTTP 200 with no OPS envelope: %s
no is_success: WhmcsOpensrs\ProtocolException (HTTP 200): OpenSRS answered HTTP 200 with an OPS envelope that is not an XCP reply (no is_success)
a bare scalar: WhmcsOpensrs\ProtocolException (HTTP 200): OpenSRS answered HTTP 200 with an OPS envelope that is not an XCP reply (no is_success)
empty: WhmcsOpensrs\ProtocolException (HTTP 200): OpenSRS answered HTTP 200 with no OPS envelope: the body is empty
