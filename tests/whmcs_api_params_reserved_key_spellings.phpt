--TEST--
WhmcsOpensrs\whmcs_api(): a $params key is refused exactly when PHP's request parser files it under a name the request sets itself (" action", "action\0x", "action[x]", ...), as parse_str() shows
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

const RESERVED = ['action', 'responsetype', 'identifier', 'secret', 'username', 'password', 'accesskey'];

/* What WHMCS's PHP would make of the pairs: parse_str() files names as
 * the $_POST parser does (main/php_variables.c). */
function php_reads_reserved(string $body): bool
{
    parse_str($body, $post);
    return (bool) array_intersect(RESERVED, array_map('strval', array_keys($post)));
}

/* Refused if the pairs it makes, or the key alone, would set a reserved
 * name: a key is not let through because its value is null or []. */
function expect_refused(string|int $key, mixed $value): bool
{
    return php_reads_reserved(http_build_query([$key => $value]))
        || php_reads_reserved(urlencode((string) $key) . '=1');
}

function localAPI(string $command, array $postData): array
{
    return ['result' => 'success'];
}

function refused(array $params): ?string
{
    try {
        WhmcsOpensrs\whmcs_api('GetClients', $params, ['transport' => 'local', 'logger' => false]);
        return null;
    } catch (ValueError $e) {
        return $e->getMessage();
    }
}

$spellings = [];
foreach (RESERVED as $name) {
    foreach ([$name, " $name", "   $name", "$name\0", "$name\0x", "{$name}[x]", "{$name}[]", "{$name}[",
              "{$name}[x", "{$name}]", "$name.", "$name ", " $name.x", "{$name}[\0]", "{$name}[ ]",
              "{$name}[[x]", "{$name}][x]", ".$name", "_$name", "\t$name", "$name\t", ucfirst($name),
              strtoupper($name), "$name%00", substr($name, 0, -1), "{$name}x", "{$name}[x][y]",
              " {$name}[x]\0", "\0$name", "[$name]"] as $key) {
        $spellings[] = $key;
    }
}
/* And spellings built at random around a reserved name, the same every run. */
mt_srand(7);
$bits = ['', ' ', '  ', '.', '[', ']', '[]', "\0", 'x', '_', "\t", '[x]', '[ ', ' ]'];
for ($i = 0; $i < 300; $i++) {
    $spellings[] = $bits[mt_rand(0, 2)] . RESERVED[mt_rand(0, 6)] . $bits[mt_rand(0, 13)] . $bits[mt_rand(0, 13)]
        . $bits[mt_rand(0, 13)];
}

$checked = $agree = $refused = 0;
foreach (array_unique($spellings) as $key) {
    foreach (['v', ['x' => 'v'], ["\0" => 'v'], ['' => ['y' => 'v']], null, []] as $value) {
        $checked++;
        $expected = expect_refused($key, $value);
        $message = refused([$key => $value]);
        $refused += $message !== null;
        if (($message !== null) === $expected) {
            $agree++;
        } else {
            echo 'DISAGREE on ', json_encode($key), ' => ', json_encode($value), ': ',
                $message ?? 'accepted', "\n";
        }
    }
}
echo "$agree of $checked agree with parse_str(); $refused refused\n";

/* The messages name the reserved name, not the caller's key. */
echo refused(['action' => 'DeleteClient']), "\n";
echo refused([' action' => 'DeleteClient']), "\n";
echo refused(["secret\0" => 'x']), "\n";
echo refused(['ok' => 1, 'password[x]' => 'x']), "\n";
echo refused(['accesskey[' => ['x' => 1]]), "\n";

/* Over HTTP, what is let through does not change the action WHMCS runs. */
$server = wo_whmcs_start();
$reply = WhmcsOpensrs\whmcs_api('GetUsers', ['Action' => 'DeleteClient', 'action_' => 'x', 'action[' => 'y'],
    $server['options']);
parse_str(wo_whmcs_last_request($server)['body'], $post);
echo 'WHMCS ran ', $post['action'], ', result ', $reply['result'], "\n";
?>
--EXPECTF--
%d of %d agree with parse_str(); %d refused
WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain the reserved key "action" (credentials belong in $options)
WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain a key that PHP reads as the reserved key "action" (credentials belong in $options)
WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain a key that PHP reads as the reserved key "secret" (credentials belong in $options)
WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain a key that PHP reads as the reserved key "password" (credentials belong in $options)
WhmcsOpensrs\whmcs_api(): Argument #2 ($params) must not contain a key that PHP reads as the reserved key "accesskey" (credentials belong in $options)
WHMCS ran GetUsers, result success
