--TEST--
Only delete_user_client() and opensrs_delete_subuser() are global: user code may declare its own global whmcs_api(), Opensrs_Request() and the codec helpers with the module loaded
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/* Public WHMCS hook code defines helpers under these names; PHP function
 * names are case-insensitive, so any spelling would collide. */
function Whmcs_Api(string $action, array $params = []): string { return "user's own $action"; }
function opensrs_request(): string { return "user's own opensrs_request"; }
function OPENSRS_OPS_ENCODE(): string { return 'user encode'; }
function opensrs_ops_decode(): string { return 'user decode'; }
function opensrs_signature(): string { return 'user signature'; }

echo whmcs_api('GetClients'), "\n";
echo opensrs_request(), "\n";
echo opensrs_ops_encode(), ' / ', opensrs_ops_decode(), ' / ', opensrs_signature(), "\n";

foreach (['whmcs_api', 'opensrs_request', 'opensrs_ops_encode', 'opensrs_ops_decode', 'opensrs_signature'] as $name) {
    $ours = new ReflectionFunction("WhmcsOpensrs\\$name");
    printf("%s: %s, internal=%s\n", $name, $ours->getName(), var_export($ours->isInternal(), true));
}
foreach (['delete_user_client', 'opensrs_delete_subuser'] as $name) {
    echo $name, ': ', (new ReflectionFunction($name))->getExtensionName(), "\n";
}
echo strlen(WhmcsOpensrs\opensrs_signature('x', 'k')), "\n";
?>
--EXPECT--
user's own GetClients
user's own opensrs_request
user encode / user decode / user signature
whmcs_api: WhmcsOpensrs\whmcs_api, internal=true
opensrs_request: WhmcsOpensrs\opensrs_request, internal=true
opensrs_ops_encode: WhmcsOpensrs\opensrs_ops_encode, internal=true
opensrs_ops_decode: WhmcsOpensrs\opensrs_ops_decode, internal=true
opensrs_signature: WhmcsOpensrs\opensrs_signature, internal=true
delete_user_client: whmcs_opensrs
opensrs_delete_subuser: whmcs_opensrs
32
