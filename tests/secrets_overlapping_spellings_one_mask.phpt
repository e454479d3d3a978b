--TEST--
Secrets: spellings of two secrets that overlap in an answer share one mask, so that no part of either is left (the message, getResponse() and the module log)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/* password2's end is cardnum's start: the answer runs them together, once
 * raw and once form-escaped. Masking the first alone would leave "7781"
 * of the card number readable, and the other way round "Hunter-". */
function localAPI(string $command, array $postData): array
{
    $both = 'Hunter-4929' . substr($postData['cardnum'], 4);
    return ['result' => 'error', 'message' => "Rejected $both and " . urlencode($both) . '.',
            'echo' => ['both' => $postData['cardnum'] . ' ' . $postData['password2']]];
}

$entries = [];
try {
    WhmcsOpensrs\whmcs_api('UpdateClient', ['clientid' => 3, 'password2' => 'Hunter-4929',
        'cardnum' => '4929 1234 5678 7781'],
        ['logger' => static function (array $entry) use (&$entries) { $entries[] = $entry; }]);
} catch (WhmcsOpensrs\WhmcsException $e) {
    echo $e->getMessage(), "\n";
    print_r($e->getResponse());
    echo $entries[0]['response'], "\n";
    foreach (['Hunter', '4929', '1234', '5678', '7781'] as $part) {
        if (str_contains($e->getMessage() . serialize($e->getResponse()) . serialize($entries), $part)) {
            echo "LEAKED: $part\n";
        }
    }
}
?>
--EXPECT--
Rejected ******** and ********.
Array
(
    [result] => error
    [message] => Rejected ******** and ********.
    [echo] => Array
        (
            [both] => ******** ********
        )

)
{"result":"error","message":"Rejected ******** and ********.","echo":{"both":"******** ********"}}
