<?php
/*
 * The hook page's call made twice, each timed inside the page: what the
 * first call of a request costs against a second one right after it. Both
 * do the same work; the first runs on CPU caches the request's own work
 * (and ab's and nginx's) has just used. Appends "first second" in ns to
 * $BENCH_PROBE_FILE.api; ?api=opensrs as for hook_ext.php.
 */
$api = ($_GET['api'] ?? 'whmcs') === 'opensrs' ? 'opensrs' : 'whmcs';
$call = $api === 'opensrs'
    ? static fn () => opensrs_delete_subuser('example.com', 2532880, 'domainowner')['response_code'] . "\n"
    : static fn () => delete_user_client(2, 5) ? "ok\n" : "failed\n";
$t0 = hrtime(true);
$call();
$t1 = hrtime(true);
$answer = $call();
$t2 = hrtime(true);
file_put_contents(getenv('BENCH_PROBE_FILE') . ".$api", ($t1 - $t0) . ' ' . ($t2 - $t1) . "\n", FILE_APPEND);
header('Content-Length: ' . strlen($answer));
echo $answer;
