--TEST--
Module log: exit() in a logger ends the script as anywhere else; odd localAPI() answers (self-referencing, deep) are logged without trouble
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
function localAPI(string $command, array $postData, string $adminUser = ''): mixed
{
    return $GLOBALS['answer'];
}

$masked = ['logger' => static function (array $e) {
    $processed = print_r($e['processed'], true);
    echo "response: ", substr($e['response'], 0, 80), "\n";
    echo "processed: ", str_contains($processed, 'pw-') ? 'SECRET LOGGED' : 'masked',
        str_contains($processed, '[nested too deep]') ? ', cut where too deep' : '', "\n";
}];

/* A self-reference, with a sensitive parameter so that masking walks it. */
$answer = ['result' => 'success', 'note' => 'contains pw-SELF-8812'];
$answer['self'] = &$answer;
$GLOBALS['answer'] = $answer;
$r = WhmcsOpensrs\whmcs_api('GetUsers', ['password2' => 'pw-SELF-8812'], $masked);
var_dump($r['note']);
unset($answer, $r);

/* Deeper than the log copies. */
$deep = 'pw-DEEP-4411';
for ($i = 0; $i < 600; $i++) {
    $deep = [$deep];
}
$GLOBALS['answer'] = ['result' => 'success', 'deep' => $deep];
WhmcsOpensrs\whmcs_api('GetUsers', ['password2' => 'pw-DEEP-4411'], $masked);
$GLOBALS['answer'] = ['result' => 'error', 'message' => 'Invalid user id'];

register_shutdown_function(static fn () => print("shutdown ran\n"));
try {
    delete_user_client(9, 1, ['logger' => static function () { exit("exit from the logger\n"); }]);
} finally {
    echo "finally ran\n";
}
echo "not reached\n";
?>
--EXPECT--
response: {"result":"success","note":"contains ********","self":null}
processed: masked, cut where too deep
string(21) "contains pw-SELF-8812"
response: {"result":"success","deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
processed: masked, cut where too deep
exit from the logger
shutdown ran