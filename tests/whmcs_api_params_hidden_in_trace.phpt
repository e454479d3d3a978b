--TEST--
WhmcsOpensrs\whmcs_api(): $params is a #[\SensitiveParameter] too, since WHMCS actions take passwords in it
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (PHP_VERSION_ID < 80200) die('skip #[\SensitiveParameter] needs PHP 8.2'); ?>
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/whmcs.inc';
$server = wo_whmcs_start(wo_whmcs_fixture());

/* The e-mail is taken: the new user's password must not end up in a log. */
try {
    WhmcsOpensrs\whmcs_api('AddUser', ['firstname' => 'Uma', 'lastname' => 'User', 'email' => 'uma.user@example.net',
        'password2' => 'wo-NEWUSERPW-31f0c2'], $server['options']);
} catch (WhmcsOpensrs\WhmcsException $e) {
    wo_whmcs_report($e);
    ob_start();
    var_dump($e);
    $dump = ob_get_clean();
    var_dump(str_contains($dump . $e->getTraceAsString() . print_r($e, true), 'wo-NEWUSERPW-31f0c2'));
    var_dump(get_class($e->getTrace()[0]['args'][1]), get_class($e->getTrace()[0]['args'][2]));
}
$params = (new ReflectionFunction('WhmcsOpensrs\\whmcs_api'))->getParameters();
foreach ($params as $p) {
    echo '$', $p->getName(), ': ', count($p->getAttributes('SensitiveParameter')) ? 'sensitive' : 'shown', "\n";
}
?>
--EXPECT--
class: WhmcsOpensrs\WhmcsException
message: A user already exists with that email address
code: 0
status: 200
response: {"result":"error","message":"A user already exists with that email address"}
secrets: none leaked
bool(false)
string(23) "SensitiveParameterValue"
string(23) "SensitiveParameterValue"
$action: shown
$params: sensitive
$options: sensitive
