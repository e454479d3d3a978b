--TEST--
Secrets: every built-in sensitive name, as a fragment anywhere in a key (any case and separators) or, for the whole names, as a key or a "[...]" part of one, masks its value in the module log; names that only contain a whole name, or a fragment's near miss, do not
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
function localAPI(string $command, array $data): array
{
    return ['result' => 'success'];
}

$fragments = ['pass', 'pwd', 'rootpw', 'secret', 'cardnum', 'ccnum', 'cvv', 'cvc', 'cardexp', 'expdate', 'cardstart',
    'issuenum', 'accountnumber', 'securityqans', 'securityanswer', 'eppcode', 'authcode', 'authinfo', 'token', 'apikey',
    'privatekey', 'accesskey', 'cookie'];
$whole = ['bankaccount', 'iban', 'pin', 'pw', 'motto'];
$keys = [];
foreach ($fragments as $f) {
    $spaced = implode('_', str_split($f, 3));
    $keys[] = "my$f";
    $keys[] = "x{$f}y";
    $keys[] = 'New ' . strtoupper($spaced);
    $keys[] = 'a-' . substr($f, 0, -1) . '-' . substr($f, -1) . '-z';
    $keys[] = substr($f, 0, -1);
}
foreach ($whole as $w) {
    $keys[] = $w;
    $keys[] = strtoupper($w[0]) . substr($w, 1) . '_';
    $keys[] = "fields[$w]";
    $keys[] = "{$w}[0]";
    $keys[] = "x$w";
    $keys[] = "{$w}s";
}
$keys = array_values(array_unique(array_merge($keys,
    ['bank_account_type', 'shipping', 'pinned', 'spwd', 'customfields[cardpin]', 'épass', 'p@ss'])));

$params = [];
foreach ($keys as $i => $key) {
    $params[$key] = "v$i";
}
$logged = null;
WhmcsOpensrs\whmcs_api('AddClient', $params, ['transport' => 'local', 'sensitive' => 'motto',
    'logger' => static function (array $entry) use (&$logged) { $logged = $entry['request']; }]);
parse_str($logged, $seen);
$masked = $plain = [];
foreach ($keys as $i => $key) {
    /* The value as the log shows it, wherever PHP files the key. */
    $shown = str_contains($logged, '=v' . $i . '&') || str_ends_with($logged, '=v' . $i);
    if ($shown) {
        $plain[] = $key;
    } else {
        $masked[] = $key;
    }
}
echo 'masked: ', count($masked), "\n", 'shown: ', implode(', ', $plain), "\n";
?>
--EXPECT--
masked: 114
shown: pas, rootp, secre, cardnu, ccnu, cv, cardex, expdat, cardstar, issuenu, accountnumbe, securityqan, securityanswe, eppcod, authcod, authinf, toke, apike, privateke, accesske, cooki, xbankaccount, bankaccounts, xiban, ibans, xpin, pins, xpw, pws, xmotto, mottos, bank_account_type, shipping, pinned, customfields[cardpin], p@ss
