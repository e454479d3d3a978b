<?php
/*
 * A WHMCS hook's one call per page, through the extension. Settings come
 * from the pool's ini (whmcs.url, whmcs.identifier, ...), as in production;
 * ?api=opensrs calls OpenSRS instead. ?calls=2 makes the call twice: the
 * second call's cost is the page's minus the one-call page's, which shows
 * what the first call pays for running on caches the request left cold.
 */
$opensrs = ($_GET['api'] ?? 'whmcs') === 'opensrs';
for ($i = (int) ($_GET['calls'] ?? 1); $i > 0; $i--) {
    if ($opensrs) {
        $reply = opensrs_delete_subuser('example.com', 2532880, 'domainowner');
        $answer = $reply['response_code'] . "\n";
    } else {
        $answer = delete_user_client(2, 5) ? "ok\n" : "failed\n";
    }
}
echo $answer;
