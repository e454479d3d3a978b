--TEST--
Transport: a request that times out on a kept connection the server read it from is "possibly sent" (not "setting up the connection"), and retries never send it again (single and many, WHMCS and OpenSRS)
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*
--FILE--
<?php
require __DIR__ . '/fault.inc';

/*
 * The server answers the first request of a connection and keeps it; the
 * next request on it is read and never answered. On the kept connection
 * libcurl's connect time is 0, which once made this timeout read as one
 * while connecting, with the request "not sent": retries then sent it
 * again, and the server got it twice.
 */
function show(string $label, mixed $result): void
{
    if (is_array($result)) {
        echo "$label: answered\n";
        return;
    }
    echo "$label: ", get_class($result), ': ', $result->getMessage(), "\n";
    if ($result instanceof WhmcsOpensrs\TransportException) {
        echo '  isPossiblySent: ', var_export($result->isPossiblySent(), true), "\n";
    }
}

foreach (['whmcs', 'opensrs'] as $api) {
    $server = wo_fault_start('kept_then_silent');
    /* The answered call has time to spare (valgrind is slow); the other
     * waits 0.5 s for an answer that never comes. */
    $more = ['retries' => 2, 'concurrency' => 1];
    $options = $api === 'whmcs' ? wo_fault_whmcs_options($server['url'], 10.0, $more)
        : wo_fault_opensrs_options($server['url'], 10.0, $more);
    $one = static fn (array $options) => $api === 'whmcs'
        ? WhmcsOpensrs\whmcs_api('AddOrder', ['clientid' => 1], $options)
        : WhmcsOpensrs\opensrs_request('sw_register', 'domain', ['domain' => 'example.com'], [], $options);
    $many = static fn (array $options) => current($api === 'whmcs'
        ? WhmcsOpensrs\whmcs_api_many(['order' => ['action' => 'AddOrder', 'params' => ['clientid' => 1]]], $options)
        : WhmcsOpensrs\opensrs_request_many(['register' => ['action' => 'sw_register', 'object' => 'domain',
            'attributes' => ['domain' => 'example.com']]], $options));

    foreach (['single' => $one, 'many' => $many] as $form => $call) {
        foreach (['new connection' => $options, 'kept connection' => ['timeout' => 0.5] + $options] as $which => $with) {
            try {
                $result = $call($with);
            } catch (WhmcsOpensrs\Exception $e) {
                $result = $e;
            }
            show("$api $form, $which", $result);
        }
    }
    echo "$api: requests the server read: ", count(wo_fault_requests($server)), " (4 calls)\n";
}
?>
--EXPECT--
whmcs single, new connection: answered
whmcs single, kept connection: WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
  isPossiblySent: true
whmcs many, new connection: answered
whmcs many, kept connection: WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
  isPossiblySent: true
whmcs: requests the server read: 4 (4 calls)
opensrs single, new connection: answered
opensrs single, kept connection: WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
  isPossiblySent: true
opensrs many, new connection: answered
opensrs many, kept connection: WhmcsOpensrs\TransportException: no answer within 0.5 s; the request was possibly sent
  isPossiblySent: true
opensrs: requests the server read: 4 (4 calls)
