--TEST--
A failed reply's multi-line, indented response_text (code 435) becomes a one-line message; the code is response_code; a nested failure (300) in a successful reply is returned, not thrown
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
wo_opensrs_state_set($server['state'], ['mode' => 'canned',
    'canned_reply' => wo_fixture('ops/reply_435_nameservers_unknown.xml')]);

try {
    WhmcsOpensrs\opensrs_request('sw_register', 'domain', ['domain' => 'example.com'], [], $server['options']);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), "\n";
    var_dump($e->getCode());
    echo $e->getMessage(), "\n";
    $reply = $e->getResponse();
    var_dump($reply['attributes']['registration_code'], $reply['attributes']['id']);
    /* The reply keeps the text as sent. */
    var_dump(substr_count($reply['response_text'], "\n"));
}

/* Only the top-level is_success decides. */
wo_opensrs_state_set($server['state'], ['mode' => 'canned',
    'canned_reply' => wo_fixture('ops/reply_200_privacy_refused_300.xml')]);
$reply = WhmcsOpensrs\opensrs_request('sw_register', 'domain', ['domain' => 'example.org'], [], $server['options']);
var_dump($reply['response_code'], $reply['attributes']['whois_privacy']['response_code']);
?>
--EXPECT--
WhmcsOpensrs\OpensrsException
int(435)
Order refused by validation: the host 'ns1.example.net' is unknown at the registry. Create the host there first, then send the order again. The host 'ns2.example.net' is unknown at the registry. Create the host there first, then send the order again.
string(3) "435"
string(7) "4810227"
int(6)
string(3) "200"
string(3) "300"
