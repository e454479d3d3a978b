--TEST--
A failed reply's multi-line response_text (the corpus's Net-DRI 435 reply) becomes a one-line message; the code is response_code
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/conformance.inc';
require __DIR__ . '/../tests/opensrs.inc';
$server = wo_opensrs_start();
wo_opensrs_state_set($server['state'], ['mode' => 'canned',
    'canned_reply' => wo_conformance_file('opensrs/netdri_xcp_t_response_04.xml')]);

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
?>
--EXPECT--
WhmcsOpensrs\OpensrsException
int(435)
Request failed validation: Name server 'dns1.example.com' is not found at the registry. Please double check the nameserver and re-submit. Name server 'dns2.example.com' is not found at the registry. Please double check the nameserver and re-submit.
string(3) "435"
string(7) "3735283"
int(6)
