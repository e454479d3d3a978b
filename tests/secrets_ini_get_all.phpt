--TEST--
Secrets: what ini_get_all() and the other ini readers show of secret settings, and what a script can do to them
--DESCRIPTION--
PHP has a display hook for ini settings (phpinfo(), which masks ours), but
ini_get_all(), ini_get(), get_cfg_var() and ReflectionExtension::getINIEntries()
return values as configured: the engine gives an extension no say there. What
the extension guarantees instead: the secret settings are PHP_INI_SYSTEM |
PHP_INI_PERDIR, so a script can neither set nor reset them, and every display
(phpinfo(), messages, traces) masks or leaves them out. This test pins that
down, the readers included, so that a change either way is noticed.
--EXTENSIONS--
whmcs_opensrs
--INI--
pcre.jit=0
whmcs.secret=SECRET-ini-whmcs-61c2a7
whmcs.password=PASSWORD-ini-whmcs-09f3b1
whmcs.access_key=ACCESSKEY-ini-whmcs-5d70e4
opensrs.api_key=APIKEY-ini-opensrs-c81e22
--FILE--
<?php
$configured = ['whmcs.secret' => 'SECRET-ini-whmcs-61c2a7', 'whmcs.password' => 'PASSWORD-ini-whmcs-09f3b1',
               'whmcs.access_key' => 'ACCESSKEY-ini-whmcs-5d70e4', 'opensrs.api_key' => 'APIKEY-ini-opensrs-c81e22'];
$details = ini_get_all('whmcs_opensrs');
$plain = ini_get_all('whmcs_opensrs', false);
$reflected = (new ReflectionExtension('whmcs_opensrs'))->getINIEntries();

foreach ($configured as $name => $value) {
    echo $name, ":\n";
    /* Readers: the configured value, unmasked. */
    echo '  ini_get_all() global/local: ', $details[$name]['global_value'] === $value ? 'configured value' : 'other',
        ' / ', $details[$name]['local_value'] === $value ? 'configured value' : 'other', "\n";
    echo '  ini_get_all(details: false): ', $plain[$name] === $value ? 'configured value' : 'other', "\n";
    echo '  ini_get(): ', ini_get($name) === $value ? 'configured value' : 'other', "\n";
    echo '  getINIEntries(): ', $reflected[$name] === $value ? 'configured value' : 'other', "\n";
    /* Writers: none from a script. */
    echo '  access: ', $details[$name]['access'] === (INI_SYSTEM | INI_PERDIR) ? 'system|perdir' : $details[$name]['access'], "\n";
    echo '  ini_set(): ', var_export(ini_set($name, 'replaced-by-script'), true), "\n";
    ini_restore($name);
    echo '  after ini_set() and ini_restore(): ', ini_get($name) === $value ? 'configured value' : 'changed', "\n";
}
?>
--EXPECT--
whmcs.secret:
  ini_get_all() global/local: configured value / configured value
  ini_get_all(details: false): configured value
  ini_get(): configured value
  getINIEntries(): configured value
  access: system|perdir
  ini_set(): false
  after ini_set() and ini_restore(): configured value
whmcs.password:
  ini_get_all() global/local: configured value / configured value
  ini_get_all(details: false): configured value
  ini_get(): configured value
  getINIEntries(): configured value
  access: system|perdir
  ini_set(): false
  after ini_set() and ini_restore(): configured value
whmcs.access_key:
  ini_get_all() global/local: configured value / configured value
  ini_get_all(details: false): configured value
  ini_get(): configured value
  getINIEntries(): configured value
  access: system|perdir
  ini_set(): false
  after ini_set() and ini_restore(): configured value
opensrs.api_key:
  ini_get_all() global/local: configured value / configured value
  ini_get_all(details: false): configured value
  ini_get(): configured value
  getINIEntries(): configured value
  access: system|perdir
  ini_set(): false
  after ini_set() and ini_restore(): configured value
