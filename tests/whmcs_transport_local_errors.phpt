--TEST--
localAPI() answers are read as includes/api.php answers are: result=error is a WhmcsException (or WhmcsAuthException), a non-array a ProtocolException, and what localAPI() throws passes through unchanged
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/whmcs.inc';

function localAPI(string $command, array $postData, string $adminUser = ''): mixed
{
    return $GLOBALS['answer']($command, $postData);
}

function answer_with(Closure|array|string|int|null|false $answer, string $action = 'DeleteUserClient'): void
{
    $GLOBALS['answer'] = $answer instanceof Closure ? $answer : static fn () => $answer;
    try {
        $result = $action === 'DeleteUserClient' ? delete_user_client(2, 1) : WhmcsOpensrs\whmcs_api($action);
        echo 'returned: ', json_encode($result), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), ' (code ', $e->getCode(), ', status ',
            $e instanceof WhmcsOpensrs\Exception ? $e->getHttpStatus() : '-', ")\n";
        if ($e instanceof WhmcsOpensrs\WhmcsException) {
            echo '  response: ', json_encode($e->getResponse()), "\n";
        }
        $GLOBALS['last'] = $e;
    }
}

/* The documented DeleteUserClient errors, as localAPI() returns them. */
answer_with(['result' => 'error', 'message' => 'You cannot remove the account owner']);
answer_with(['result' => 'error', 'message' => 'User is not associated with client']);
answer_with(['result' => 'error', 'message' => 'Invalid user id']);
answer_with(['result' => 'error']);
/* Credentials and permissions: the auth subclass, as over HTTP. */
answer_with(['result' => 'error', 'message' => 'Invalid Permissions: API action "deleteuserclient" is not allowed']);
answer_with(['result' => 'error', 'message' => 'Authentication Failed']);
/* A few actions say "status"; "result" wins when both are there. */
answer_with(['status' => 'error', 'message' => 'Client ID Not Found'], 'GetEmails');
answer_with(['status' => 'success', 'permissions' => []], 'GetPermissionsList');
answer_with(['result' => 'success', 'status' => 'Open'], 'GetTicket');
/* Success in any case, and through a reference. */
answer_with(['result' => 'SUCCESS']);
answer_with(static function () {
    $r = ['result' => 'success', 'clients' => 2];
    $ref = &$r['result'];
    return $r;
}, 'GetClients');

/* What includes/api.php would never send. */
answer_with(['message' => 'no result at all']);
answer_with(['result' => 'maybe']);
answer_with(['result' => 1]);
answer_with(null);
answer_with(false);
answer_with('result=success');
answer_with(42);
answer_with(static fn () => new ArrayObject(['result' => 'success']));

/* An exception thrown by localAPI() is the caller's, unchanged. */
$thrown = new DomainException('WHMCS database went away', 2006);
answer_with(static function () use ($thrown) { throw $thrown; });
var_dump($GLOBALS['last'] === $thrown);
answer_with(static function () { throw new Error('Call to undefined method'); }, 'GetUsers');
?>
--EXPECT--
WhmcsOpensrs\WhmcsException: You cannot remove the account owner (code 0, status 0)
  response: {"result":"error","message":"You cannot remove the account owner"}
WhmcsOpensrs\WhmcsException: User is not associated with client (code 0, status 0)
  response: {"result":"error","message":"User is not associated with client"}
WhmcsOpensrs\WhmcsException: Invalid user id (code 0, status 0)
  response: {"result":"error","message":"Invalid user id"}
WhmcsOpensrs\WhmcsException: WHMCS reported an error without a message (code 0, status 0)
  response: {"result":"error"}
WhmcsOpensrs\WhmcsAuthException: Invalid Permissions: API action "deleteuserclient" is not allowed (code 0, status 0)
  response: {"result":"error","message":"Invalid Permissions: API action \"deleteuserclient\" is not allowed"}
WhmcsOpensrs\WhmcsAuthException: Authentication Failed (code 0, status 0)
  response: {"result":"error","message":"Authentication Failed"}
WhmcsOpensrs\WhmcsException: Client ID Not Found (code 0, status 0)
  response: {"status":"error","message":"Client ID Not Found"}
returned: {"status":"success","permissions":[]}
returned: {"result":"success","status":"Open"}
returned: true
returned: {"result":"success","clients":2}
WhmcsOpensrs\ProtocolException: WHMCS answered without "result" (localAPI()) (code 0, status 0)
WhmcsOpensrs\ProtocolException: WHMCS answered with an unknown result "maybe" (localAPI()) (code 0, status 0)
WhmcsOpensrs\ProtocolException: WHMCS answered with a result of type int (localAPI()) (code 0, status 0)
WhmcsOpensrs\ProtocolException: localAPI() returned null, not an array (code 0, status 0)
WhmcsOpensrs\ProtocolException: localAPI() returned bool, not an array (code 0, status 0)
WhmcsOpensrs\ProtocolException: localAPI() returned string, not an array (code 0, status 0)
WhmcsOpensrs\ProtocolException: localAPI() returned int, not an array (code 0, status 0)
WhmcsOpensrs\ProtocolException: localAPI() returned ArrayObject, not an array (code 0, status 0)
DomainException: WHMCS database went away (code 2006, status -)
bool(true)
Error: Call to undefined method (code 0, status -)
