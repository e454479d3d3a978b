--TEST--
keepalive_idle: a number of seconds greater than 0, read coercively as an option (TypeError/ValueError naming it); an invalid ini value is refused at startup with a warning naming it, and by ini_set(); the default is 4
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs_opensrs.keepalive_idle=5s
--FILE--
<?php
echo 'after startup: ', ini_get('whmcs_opensrs.keepalive_idle'), "\n";
foreach (['0', '-1', 'abc', 'NAN', '2'] as $value) {
    echo "ini_set $value: ", var_export(ini_set('whmcs_opensrs.keepalive_idle', $value), true), ' -> ',
        ini_get('whmcs_opensrs.keepalive_idle'), "\n";
}

/* An option error is raised before anything is sent: no server needed. */
foreach ([0, -0.5, INF, 'abc', '', true, null, [1]] as $value) {
    foreach (['whmcs', 'opensrs'] as $api) {
        try {
            if ($api === 'whmcs') {
                WhmcsOpensrs\whmcs_api('GetUsers', [], ['url' => 'http://127.0.0.1:1', 'keepalive_idle' => $value]);
            } else {
                WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
                    ['endpoint' => 'http://127.0.0.1:1', 'reseller_username' => 'r', 'api_key' => 'k', 'keepalive_idle' => $value]);
            }
        } catch (TypeError|ValueError $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
Warning: Invalid "whmcs_opensrs.keepalive_idle" setting "5s": it must be a number of seconds greater than 0; the default "4" is used in Unknown on line 0
after startup: 4
ini_set 0: false -> 4
ini_set -1: false -> 4
ini_set abc: false -> 4
ini_set NAN: false -> 4
ini_set 2: '4' -> 2
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be a number of seconds greater than 0
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be a number of seconds greater than 0
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be a number of seconds greater than 0
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be a number of seconds greater than 0
ValueError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be a number of seconds greater than 0
ValueError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be a number of seconds greater than 0
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be of type int|float, string given
TypeError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be of type int|float, string given
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be of type int|float, string given
TypeError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be of type int|float, string given
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be of type int|float, bool given
TypeError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be of type int|float, bool given
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be of type int|float, null given
TypeError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be of type int|float, null given
TypeError: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "keepalive_idle" must be of type int|float, array given
TypeError: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "keepalive_idle" must be of type int|float, array given
