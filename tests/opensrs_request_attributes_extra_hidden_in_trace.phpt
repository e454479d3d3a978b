--TEST--
WhmcsOpensrs\opensrs_request(): $attributes and $extra (sub_password, auth_info...) show as SensitiveParameterValue in traces and print_r of the exception
--EXTENSIONS--
whmcs_opensrs
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
foreach ((new ReflectionFunction('WhmcsOpensrs\\opensrs_request'))->getParameters() as $p) {
    printf("%s: %s\n", $p->getName(), $p->getAttributes('SensitiveParameter') ? 'sensitive' : 'plain');
}
try {
    /* Nothing listens on port 9 of loopback: the call fails after the
     * arguments are on the stack. */
    WhmcsOpensrs\opensrs_request('modify', 'subuser',
        ['sub_password' => 'Attr1buteSecret!'], ['domain' => 'example.com', 'auth_info' => 'Extra5ecret?'],
        ['endpoint' => 'http://127.0.0.1:9', 'reseller_username' => 'r', 'api_key' => 'k', 'connect_timeout' => 2]);
} catch (WhmcsOpensrs\Exception $e) {
    $dump = print_r($e, true) . $e->getTraceAsString() . var_export($e->getTrace(), true);
    foreach (['Attr1buteSecret!', 'Extra5ecret?'] as $secret) {
        echo $secret[0], '...: ', str_contains($dump, $secret) ? 'LEAKED' : 'hidden', "\n";
    }
    echo substr_count($e->getTraceAsString(), 'Object(SensitiveParameterValue)'), " hidden arguments\n";
}
?>
--EXPECT--
action: plain
object: plain
attributes: sensitive
extra: sensitive
options: sensitive
A...: hidden
E...: hidden
3 hidden arguments
