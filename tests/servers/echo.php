<?php
/*
 * A server that echoes a secret back, for the tests of secret masking: the
 * router of `php -n -S 127.0.0.1:0`. The secret comes from the environment
 * (ECHO_SECRET), the spelling and the form of the answer from the path:
 *
 *   /SPELLING/whmcs_json/...   a WHMCS error whose message and fields quote it
 *   /SPELLING/whmcs_html/...   an HTML 500 page that quotes it
 *   /SPELLING/opensrs/...      an OpenSRS failure whose response_text quotes it
 *   /-/whmcs_auth/...          a WHMCS error quoting what basic auth and the
 *                              legacy login sent: the password, the
 *                              Authorization header, the md5 in upper case
 *
 * SPELLING is a key of wo_spellings() or wo_spellings_htmlentities()
 * (tests/spellings.inc), rawurlencoded.
 */
declare(strict_types=1);
require __DIR__ . '/../spellings.inc';

$secret = (string) getenv('ECHO_SECRET');
$parts = explode('/', (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$spelling = rawurldecode($parts[1] ?? '');
$form = $parts[2] ?? '';
$spelt = (wo_spellings($secret) + wo_spellings_htmlentities($secret))[$spelling] ?? $secret;

switch ($form) {
case 'whmcs_json':
    http_response_code(403);
    header('Content-Type: application/json');
    echo json_encode(['result' => 'error', 'message' => "Rejected key $spelt.",
        'request' => ['secret' => $spelt, 'note' => "was: $spelt"]]);
    break;
case 'whmcs_html':
    http_response_code(500);
    header('Content-Type: text/html');
    echo "<html><head><title>Error</title></head><body><p>Rejected key $spelt</p></body></html>";
    break;
case 'opensrs':
    header('Content-Type: text/xml');
    $text = htmlspecialchars("Rejected key $spelt.", ENT_QUOTES | ENT_XML1);
    echo "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n"
        . "<OPS_envelope><header><version>0.9</version></header><body><data_block><dt_assoc>"
        . "<item key=\"protocol\">XCP</item><item key=\"is_success\">0</item>"
        . "<item key=\"response_code\">400</item><item key=\"response_text\">$text</item>"
        . "<item key=\"attributes\"><dt_assoc><item key=\"$text\">$text</item></dt_assoc></item>"
        . "</dt_assoc></data_block></body></OPS_envelope>\n";
    break;
case 'whmcs_auth':
    http_response_code(403);
    header('Content-Type: application/json');
    echo json_encode(['result' => 'error', 'message' => 'Authentication Failed: '
        . ($_SERVER['PHP_AUTH_PW'] ?? '') . ' / ' . ($_SERVER['HTTP_AUTHORIZATION'] ?? '')
        . ' / ' . strtoupper((string) ($_POST['password'] ?? ''))]);
    break;
default:
    http_response_code(404);
}
