<?php
/*
 * Router for `php -S`: a faithful OpenSRS XCP server for the tests (see
 * opensrs_xcp.inc). Environment: WO_OPENSRS_STATE (state file),
 * WO_OPENSRS_RESELLER and WO_OPENSRS_KEY (the reseller's credentials),
 * WO_OPENSRS_FLIGHT (optional: requests in flight are counted there, and
 * answers delayed or held as it says; see in_flight.inc). Needs ext/dom
 * (`-d extension=dom`). Several behind parallel.php serve requests at the
 * same time.
 */
declare(strict_types=1);

require __DIR__ . '/opensrs_xcp.inc';
require __DIR__ . '/in_flight.inc';

/* OpenSRS takes XCP as a POST to its root. */
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    header('Allow: POST');
    header('Content-Type: text/plain');
    echo "XCP requests are POSTed\n";
    return true;
}

$config = ['reseller' => (string) getenv('WO_OPENSRS_RESELLER'), 'key' => (string) getenv('WO_OPENSRS_KEY')];
$headers = array_change_key_case(getallheaders(), CASE_LOWER);
/* The signature is over the raw bytes, so they are read before anything
 * could reinterpret them. */
$body = (string) file_get_contents('php://input');
$connection = $_SERVER['REMOTE_ADDR'] . ':' . $_SERVER['REMOTE_PORT'];
$flightPath = (string) getenv('WO_OPENSRS_FLIGHT');
$arrived = microtime(true);
$flight = $flightPath !== '' ? wo_flight_enter($flightPath) : ['in_flight' => 1];

try {
    [$status, $type, $reply] = xcp_with_state((string) getenv('WO_OPENSRS_STATE'),
        static fn (array &$state) => xcp_handle($state, $config, $headers, $body, $connection, $flight['in_flight']));
    if ($flightPath !== '') {
        wo_flight_hold($flightPath, $flight, $arrived);
    }
} finally {
    if ($flightPath !== '') {
        wo_flight_leave($flightPath);
    }
}

http_response_code($status);
header("Content-Type: $type");
echo $reply;
return true;
