<?php
/*
 * A server that answers every call with a failure quoting back what it was
 * sent, for the tests of sensitive parameters: the router of
 * `php -n -S 127.0.0.1:0` (with -d extension=dom for OpenSRS).
 *
 *   /whmcs          a WHMCS error whose message quotes every parameter's
 *                   value (not action, credentials or responsetype), and
 *                   whose fields hold the parameters again ("echo") and
 *                   their values as a list ("values")
 *   /whmcs/numeric  the same, with the values as keys too ("keyed") and the
 *                   access key ("key_used"), written with JSON_NUMERIC_CHECK
 *                   as some PHP code does: numeric strings come back as
 *                   numbers (and keys as integers)
 *   /answer/TYPE/B64/...
 *                   the body B64 (base64url) as it is, of Content-Type TYPE
 *                   (json or xml), whatever was asked
 *   /opensrs        an OpenSRS failure (is_success 0) whose response_text
 *                   quotes every text value of the request, and whose
 *                   attributes hold them again by their keys ("echo")
 *   /opensrs/keyed  the same, with the values as keys too ("keyed": the
 *                   decoder files numeric ones as integers)
 */
declare(strict_types=1);

/* The values of a nested array, in order. */
function echo_leaves(array $data): array
{
    $out = [];
    array_walk_recursive($data, static function ($value) use (&$out) {
        $out[] = (string) $value;
    });
    return $out;
}

function echo_xml(string $text): string
{
    return htmlspecialchars($text, ENT_QUOTES | ENT_XML1);
}

/* [key, text] of every item of the OPS request that holds text. */
function echo_ops_leaves(string $xml): array
{
    $doc = new DOMDocument();
    if (!$doc->loadXML($xml, LIBXML_NONET)) {
        return [];
    }
    $out = [];
    foreach ($doc->getElementsByTagName('item') as $item) {
        $nested = false;
        foreach ($item->childNodes as $child) {
            $nested = $nested || $child instanceof DOMElement;
        }
        if (!$nested) {
            $out[] = [$item->getAttribute('key'), $item->textContent];
        }
    }
    return $out;
}

$path = (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (preg_match('~^/answer/(json|xml)/([A-Za-z0-9_-]*)~', $path, $m)) {
    header('Content-Type: ' . ($m[1] === 'json' ? 'application/json' : 'text/xml'));
    echo base64_decode(strtr($m[2], '-_', '+/'));
    return true;
}
if (str_starts_with($path, '/whmcs')) {
    /* The parameters: what the call sets itself is other tests' concern. */
    $params = array_diff_key($_POST, array_flip(['action', 'identifier', 'secret', 'username', 'password',
        'accesskey', 'responsetype']));
    $values = echo_leaves($params);
    $body = ['result' => 'error', 'message' => 'Declined: ' . implode(' ', $values), 'echo' => $params,
             'values' => $values];
    if (str_starts_with($path, '/whmcs/numeric')) {
        $body['keyed'] = array_fill_keys($values, 'seen');
        $body['key_used'] = $_POST['accesskey'] ?? null;
    }
    header('Content-Type: application/json');
    echo json_encode($body, str_starts_with($path, '/whmcs/numeric') ? JSON_NUMERIC_CHECK : 0);
    return true;
}

$leaves = echo_ops_leaves((string) file_get_contents('php://input'));
$echo = $keyed = '';
$texts = [];
foreach ($leaves as [$key, $text]) {
    $echo .= '<item key="' . echo_xml($key) . '">' . echo_xml($text) . '</item>';
    $keyed .= '<item key="' . echo_xml($text) . '">seen</item>';
    $texts[] = $text;
}
header('Content-Type: text/xml');
echo "<?xml version='1.0' encoding='UTF-8' standalone='no' ?>\n<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>\n",
    '<OPS_envelope><header><version>0.9</version></header><body><data_block><dt_assoc>',
    '<item key="protocol">XCP</item><item key="action">REPLY</item><item key="is_success">0</item>',
    '<item key="response_code">465</item><item key="response_text">',
    echo_xml('Declined: ' . implode(' ', $texts)), '</item>',
    '<item key="attributes"><dt_assoc><item key="echo"><dt_assoc>', $echo, '</dt_assoc></item>',
    $path === '/opensrs/keyed' ? "<item key=\"keyed\"><dt_assoc>$keyed</dt_assoc></item>" : '',
    '</dt_assoc></item>',
    "</dt_assoc></data_block></body></OPS_envelope>\n";
return true;
