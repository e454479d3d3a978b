--TEST--
opensrs_delete_subuser() of a subuser already deleted: OpensrsException with OpenSRS's code 480 and text
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/opensrs.inc';
$server = wo_opensrs_start();
$id = wo_opensrs_add_subuser($server, 'example.net');

opensrs_delete_subuser('example.net', $id, 'domainowner', $server['options']);
try {
    opensrs_delete_subuser('example.net', $id, 'domainowner', $server['options']);
    echo "no exception\n";
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), "\n";
    var_dump($e->getCode(), $e->getMessage(), $e->getHttpStatus());
    $reply = $e->getResponse();
    var_dump($reply['is_success'], $reply['response_code'], $reply['response_text']);
    var_dump($e instanceof WhmcsOpensrs\Exception, $e instanceof RuntimeException);
}

/* An id that never existed, on a domain that has a subuser. */
$id = wo_opensrs_add_subuser($server, 'example.net');
try {
    opensrs_delete_subuser('example.net', $id + 1000, 'domainowner', $server['options']);
} catch (WhmcsOpensrs\OpensrsException $e) {
    echo get_class($e), ': ', $e->getCode(), ' ', $e->getMessage(), "\n";
}
/* ... and that subuser is still there. */
var_dump(wo_opensrs_state($server['state'])['domains']['example.net']['subuser']['id'] === $id);
?>
--EXPECT--
WhmcsOpensrs\OpensrsException
int(480)
string(50) "Sub-user 2532880 not found for domain example.net."
int(200)
string(1) "0"
string(3) "480"
string(50) "Sub-user 2532880 not found for domain example.net."
bool(true)
bool(true)
WhmcsOpensrs\OpensrsException: 480 Sub-user 2533881 not found for domain example.net.
bool(true)
