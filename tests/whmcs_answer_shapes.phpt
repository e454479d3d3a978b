--TEST--
WhmcsOpensrs\whmcs_api(): the body decides whatever the status; bodies WHMCS's protocol does not allow are ProtocolException
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start();

$cases = [
    'success with HTTP 500' => [500, '{"result":"success","totalresults":0}'],
    'byte order mark before the JSON' => [200, "\xEF\xBB\xBF" . '{"result":"success"}'],
    'result wins over a top-level status' => [200, '{"result":"success","status":"Open"}'],
    'status alone' => [200, '{"status":"success","permissions":[]}'],
    'error with HTTP 500' => [500, '{"result":"error","message":"Client Not Found"}'],
    'error without a message' => [400, '{"result":"error"}'],
    'JSON encoder failure (observed)' => [200, '{"result":"error","message":"Error generating JSON encoded response: Malformed UTF-8 characters, possibly incorrectly encoded"}'],
    'Invalid IP with HTTP 200, IPv6' => [200, '{"result":"error","message":"Invalid IP 2405:201:2023:685c:111f:4195:bb4a:3575"}'],
    'empty body' => [200, ''],
    'whitespace only' => [502, " \r\n"],
    'JSON scalar' => [200, '"success"'],
    'JSON list' => [200, '[{"result":"success"}]'],
    'no result' => [200, '{"clients":{"client":[]}}'],
    'unknown result' => [200, '{"result":"pending"}'],
    'result not a string' => [200, '{"result":true}'],
    'truncated JSON' => [200, '{"result":"success","users":[{"id":1'],
    'nesting beyond the JSON depth bound' => [200, str_repeat('[', 600) . str_repeat(']', 600)],
    'not UTF-8, controls' => [500, "<h1>Fehler\xFF\x01</h1>\t<p>Datenbank\x00nicht erreichbar</p>"],
    'long text' => [200, str_repeat('All work and no play makes Jack a dull boy. ', 20)],
];
foreach ($cases as $name => [$status, $body]) {
    echo "-- $name\n";
    wo_whmcs_update($server, ['mode' => 'canned', 'canned' => ['status' => $status, 'body_base64' => base64_encode($body)]]);
    try {
        echo json_encode(WhmcsOpensrs\whmcs_api('GetUsers', [], $server['options'])), "\n";
    } catch (WhmcsOpensrs\Exception $e) {
        wo_whmcs_report($e);
    }
}
/* A failed decode does not leave its error in the caller's json_last_error(). */
var_dump(json_last_error());
?>
--EXPECT--
-- success with HTTP 500
{"result":"success","totalresults":0}
-- byte order mark before the JSON
{"result":"success"}
-- result wins over a top-level status
{"result":"success","status":"Open"}
-- status alone
{"status":"success","permissions":[]}
-- error with HTTP 500
class: WhmcsOpensrs\WhmcsException
message: Client Not Found
code: 0
status: 500
response: {"result":"error","message":"Client Not Found"}
secrets: none leaked
-- error without a message
class: WhmcsOpensrs\WhmcsException
message: WHMCS reported an error without a message
code: 0
status: 400
response: {"result":"error"}
secrets: none leaked
-- JSON encoder failure (observed)
class: WhmcsOpensrs\WhmcsException
message: Error generating JSON encoded response: Malformed UTF-8 characters, possibly incorrectly encoded
code: 0
status: 200
response: {"result":"error","message":"Error generating JSON encoded response: Malformed UTF-8 characters, possibly incorrectly encoded"}
secrets: none leaked
-- Invalid IP with HTTP 200, IPv6
class: WhmcsOpensrs\WhmcsAuthException
message: Invalid IP 2405:201:2023:685c:111f:4195:bb4a:3575 (this call left from IPv4 address 127.0.0.1; the ip_resolve or proxy option pins the address calls leave from)
code: 0
status: 200
response: {"result":"error","message":"Invalid IP 2405:201:2023:685c:111f:4195:bb4a:3575"}
secrets: none leaked
-- empty body
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with an empty body (HTTP 200)
code: 0
status: 200
secrets: none leaked
-- whitespace only
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with an empty body (HTTP 502)
code: 0
status: 502
secrets: none leaked
-- JSON scalar
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with JSON that is not an object (HTTP 200)
code: 0
status: 200
secrets: none leaked
-- JSON list
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered without "result" (HTTP 200)
code: 0
status: 200
secrets: none leaked
-- no result
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered without "result" (HTTP 200)
code: 0
status: 200
secrets: none leaked
-- unknown result
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with an unknown result "pending" (HTTP 200)
code: 0
status: 200
secrets: none leaked
-- result not a string
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with a result of type bool (HTTP 200)
code: 0
status: 200
secrets: none leaked
-- truncated JSON
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 200): "{"result":"success","users":[{"id":1"
code: 0
status: 200
secrets: none leaked
-- nesting beyond the JSON depth bound
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 200): "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[..."
code: 0
status: 200
secrets: none leaked
-- not UTF-8, controls
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 500): "Fehler? Datenbank nicht erreichbar"
code: 0
status: 500
secrets: none leaked
-- long text
class: WhmcsOpensrs\ProtocolException
message: WHMCS answered with something other than JSON (HTTP 200): "All work and no play makes Jack a dull boy. All work and no play makes Jack a du..."
code: 0
status: 200
secrets: none leaked
int(0)
