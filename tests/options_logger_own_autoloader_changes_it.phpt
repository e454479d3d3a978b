--TEST--
Option "logger" given by reference: the callable checked is the one kept, even when checking it runs an autoloader that changes what the reference holds
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
function localAPI(string $command, array $postData = [], string $adminUser = ''): array
{
    return ['result' => 'success'];
}

spl_autoload_register(function (string $class) {
    eval('class LazyLogger { static function log(array $entry): void { echo "logged ", $entry["action"], "\n"; } }');
    $GLOBALS['logger'] = 42;
    $GLOBALS['junk'] = array_fill(0, 40, [substr(' LazyLogger', 1), substr(' log', 1)]);
});
$logger = [substr(' LazyLogger', 1), substr(' log', 1)];
WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => &$logger]);
var_dump($logger);
$logger = false;
WhmcsOpensrs\whmcs_api('GetUsers', [], ['logger' => &$logger]);
echo "done\n";
?>
--EXPECT--
logged GetUsers
int(42)
done
