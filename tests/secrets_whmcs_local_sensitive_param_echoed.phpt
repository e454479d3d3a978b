--TEST--
Secrets (WHMCS, in-process): a localAPI() answer that echoes a password parameter, in any escaping, has it masked in the message, getResponse() and the module log
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/spellings.inc';

$password = 'Client pw/&<x>';
function localAPI(string $command, array $postData): array
{
    $pw = $postData['password2'];
    return ['result' => 'error', 'message' => "Password $pw is too weak",
            'echo' => [htmlspecialchars($pw) => json_encode($pw), 'form' => urlencode($pw)]];
}

$entries = [];
try {
    WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'Ann', 'password2' => $password],
        ['logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
} catch (WhmcsOpensrs\WhmcsException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    print_r($e->getResponse());
    $leaks = array_merge(wo_spellings_in($e->getMessage() . serialize($e->getResponse()), [$password]),
        wo_spellings_in(serialize($entries), [$password]));
    echo $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'nothing leaked', "\n";
    echo $entries[0]['request'], "\n";
}
?>
--EXPECT--
WhmcsOpensrs\WhmcsException: Password ******** is too weak
Array
(
    [result] => error
    [message] => Password ******** is too weak
    [echo] => Array
        (
            [********] => "********"
            [form] => ********
        )

)
nothing leaked
action=AddUser&firstname=Ann&password2=********
