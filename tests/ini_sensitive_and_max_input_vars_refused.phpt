--TEST--
ini: an invalid whmcs_opensrs.sensitive (a name without a letter) or whmcs.max_input_vars (not a whole number of at least 1) is refused at startup with a warning naming it, and by ini_set() with false; the defaults then apply
--EXTENSIONS--
whmcs_opensrs
--INI--
whmcs_opensrs.sensitive="pin, 1234"
whmcs.max_input_vars=0
--FILE--
<?php
var_dump(ini_get('whmcs_opensrs.sensitive'), ini_get('whmcs.max_input_vars'));
foreach (['whmcs.max_input_vars' => ['0', '-5', 'abc', '1e3', '', '1000 vars'],
          'whmcs_opensrs.sensitive' => ['7', 'pin,,--', 'ok, 8']] as $name => $values) {
    $before = ini_get($name);
    foreach ($values as $value) {
        if (ini_set($name, $value) !== false || ini_get($name) !== $before) {
            echo "$name: ", json_encode($value), " was taken\n";
        }
    }
    echo "$name: ", count($values), " refused\n";
}
var_dump(ini_set('whmcs.max_input_vars', ' 5000 '), ini_get('whmcs.max_input_vars'));
var_dump(ini_set('whmcs_opensrs.sensitive', 'pin, card_pin2'), ini_get('whmcs_opensrs.sensitive'));
?>
--EXPECT--
Warning: Invalid "whmcs.max_input_vars" setting "0": it must be a whole number from 1 to 9223372036854775807; the default "1000" is used in Unknown on line 0

Warning: Invalid "whmcs_opensrs.sensitive" setting "pin, 1234": it must list parameter names separated by commas, each with a letter; the default (empty) is used in Unknown on line 0
string(0) ""
string(4) "1000"
whmcs.max_input_vars: 6 refused
whmcs_opensrs.sensitive: 3 refused
string(4) "1000"
string(6) " 5000 "
string(0) ""
string(14) "pin, card_pin2"
