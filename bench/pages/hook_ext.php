<?php
/*
 * A WHMCS hook's one call per page, through the extension. Settings come
 * from the pool's ini (whmcs.url, whmcs.identifier, ...), as in production;
 * ?api=opensrs calls OpenSRS instead.
 */
if (($_GET['api'] ?? 'whmcs') === 'opensrs') {
    $reply = opensrs_delete_subuser('example.com', 2532880, 'domainowner');
    $out = $reply['response_code'] . "\n";
} else {
    $out = delete_user_client(2, 5) ? "ok\n" : "failed\n";
}
header('Content-Length: ' . strlen($out));
echo $out;
