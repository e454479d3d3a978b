<?php
/*
 * The empty page: what one fpm request costs with no API call. Every page
 * sends a Content-Length: without one nginx closes the connection after
 * answering ab's HTTP/1.0, and each page would pay for a new one.
 */
$out = "ok\n";
header('Content-Length: ' . strlen($out));
echo $out;
