--TEST--
Options: a boolean is true, 1, "1" or "on" and false, 0, "0", "" or "off" (a WHMCS checkbox is "on" or ""); anything else is a TypeError naming the option
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl
--FILE--
<?php
require __DIR__ . '/fault.inc';

/* A server with a self-signed certificate: verify_tls on refuses it, off
 * accepts it, so each form shows which way it was read. TLS calls get 20 s:
 * a handshake under valgrind is slow. */
$server = wo_fault_start('ok', ['tls' => 'self_signed']);
$forms = [true, 1, '1', 'on', 'On', 'ON', false, 0, '0', '', 'off', 'Off',
          'yes', 'no', 'true', 'false', ' on', 'on ', '01', 2, -1, 1.0, null, [true]];
foreach (['whmcs', 'opensrs'] as $api) {
    echo "-- $api\n";
    foreach ($forms as $form) {
        echo 'verify_tls ', json_encode($form, JSON_PRESERVE_ZERO_FRACTION), ': ';
        try {
            if ($api === 'whmcs') {
                WhmcsOpensrs\whmcs_api('GetUsers', [], wo_fault_whmcs_options($server['url'], 20.0, ['verify_tls' => $form]));
            } else {
                WhmcsOpensrs\opensrs_request('get', 'balance', [], [],
                    wo_fault_opensrs_options($server['url'], 20.0, ['verify_tls' => $form]));
            }
            echo "off (the call went through)\n";
        } catch (WhmcsOpensrs\TransportException $e) {
            echo str_starts_with($e->getMessage(), 'TLS failed: ') ? "on (the certificate was refused)\n" : $e->getMessage() . "\n";
        } catch (TypeError $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
-- whmcs
verify_tls true: on (the certificate was refused)
verify_tls 1: on (the certificate was refused)
verify_tls "1": on (the certificate was refused)
verify_tls "on": on (the certificate was refused)
verify_tls "On": on (the certificate was refused)
verify_tls "ON": on (the certificate was refused)
verify_tls false: off (the call went through)
verify_tls 0: off (the call went through)
verify_tls "0": off (the call went through)
verify_tls "": off (the call went through)
verify_tls "off": off (the call went through)
verify_tls "Off": off (the call went through)
verify_tls "yes": WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "no": WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "true": WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "false": WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls " on": WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "on ": WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "01": WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls 2: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), int given
verify_tls -1: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), int given
verify_tls 1.0: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), float given
verify_tls null: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), null given
verify_tls [true]: WhmcsOpensrs\whmcs_api(): Argument #3 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), array given
-- opensrs
verify_tls true: on (the certificate was refused)
verify_tls 1: on (the certificate was refused)
verify_tls "1": on (the certificate was refused)
verify_tls "on": on (the certificate was refused)
verify_tls "On": on (the certificate was refused)
verify_tls "ON": on (the certificate was refused)
verify_tls false: off (the call went through)
verify_tls 0: off (the call went through)
verify_tls "0": off (the call went through)
verify_tls "": off (the call went through)
verify_tls "off": off (the call went through)
verify_tls "Off": off (the call went through)
verify_tls "yes": WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "no": WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "true": WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "false": WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls " on": WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "on ": WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls "01": WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), string given
verify_tls 2: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), int given
verify_tls -1: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), int given
verify_tls 1.0: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), float given
verify_tls null: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), null given
verify_tls [true]: WhmcsOpensrs\opensrs_request(): Argument #5 ($options) option "verify_tls" must be of type bool (or 1, 0, "1", "0", "on", "off", ""), array given
