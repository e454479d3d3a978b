--TEST--
ca_file and ca_path replace the system's trust store: with either set, a certificate from a system CA is refused
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php
/* The system store is replaced, for this test only, by one holding the
 * test CA: a bind mount over libcurl's default CA directory in a private
 * mount namespace, which needs unshare(1) and user namespaces. */
$bundle = trim((string) shell_exec('curl-config --ca 2>/dev/null'));
if ($bundle === '' || !is_dir(dirname($bundle))) {
    die('skip libcurl\'s default CA bundle is unknown (no curl-config --ca)');
}
/* -r (a user namespace) lets a non-root user mount; a chroot refuses user
 * namespaces, and there root mounts with -m alone. */
$works = false;
foreach (['-rm', '-m'] as $flags) {
    exec("unshare $flags sh -c " . escapeshellarg('mount --bind /tmp ' . escapeshellarg(dirname($bundle))) . ' 2>&1', $out, $rc);
    $works = $works || $rc === 0;
}
if (!$works) {
    die('skip cannot bind-mount in a private mount namespace (unshare -rm or -m)');
}
?>
--INI--
pcre.jit=0
--ENV--
VALGRIND_OPTS=--trace-children-skip=*/php*,*/openssl,*/unshare,*/sh,*/mount
--FILE--
<?php
require __DIR__ . '/fault.inc';
require_once __DIR__ . '/php_child.inc';

/*
 * A child PHP runs the calls in a mount namespace where libcurl's default
 * CA location (Debian: /etc/ssl/certs, bundle and hashed directory) holds
 * the test CA and nothing else: there, the test CA is "a system CA". The
 * server's certificate is the test CA's. Without CA options it is trusted;
 * with ca_file or ca_path naming another CA it must not be.
 */
if (($argv[1] ?? '') === 'calls') {
    [, , $url, $certsJson] = $argv;
    $certs = json_decode($certsJson, true);
    $cases = [
        'no CA option' => [],
        'ca_file = other CA' => ['ca_file' => $certs['other_ca']],
        'ca_path = other CA' => ['ca_path' => $certs['other_ca_dir']],
        'both = other CA' => ['ca_file' => $certs['other_ca'], 'ca_path' => $certs['other_ca_dir']],
        'ca_file = the CA' => ['ca_file' => $certs['ca']],
        'ca_path = the CA' => ['ca_path' => $certs['ca_dir']],
        'ca_file = other CA, ca_path = the CA' => ['ca_file' => $certs['other_ca'], 'ca_path' => $certs['ca_dir']],
        'ca_file = the CA, ca_path = other CA' => ['ca_file' => $certs['ca'], 'ca_path' => $certs['other_ca_dir']],
    ];
    foreach ($cases as $label => $tls) {
        try {
            WhmcsOpensrs\opensrs_request('get', 'balance', [], [], wo_fault_opensrs_options($url, 5.0, $tls));
            echo "$label: accepted\n";
        } catch (WhmcsOpensrs\TransportException $e) {
            echo "$label: refused: ", $e->getMessage(), "\n";
        }
    }
    exit;
}

$certs = wo_certs();
$server = wo_fault_start('ok', ['tls' => 'leaf']);

$bundle = trim((string) shell_exec('curl-config --ca'));
$store = $certs['dir'] . '/system_dir';
mkdir($store, 0700);
copy($certs['ca'], $store . '/' . basename($bundle));
copy($certs['ca'], "$store/test-ca.pem");
wo_certs_openssl($certs['dir'], ['rehash', 'system_dir']);

$php = [PHP_BINARY, '-n', ...wo_child_extension_args('whmcs_opensrs'), '-d', 'pcre.jit=0', __FILE__, 'calls', $server['url'], json_encode($certs)];
exec('unshare -rm true 2>&1', $out, $rc);
$cmd = array_merge(['unshare', $rc === 0 ? '-rm' : '-m', 'sh', '-c', 'mount --bind "$0" "$1" && shift && exec "$@"',
                    $store, dirname($bundle)], $php);
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
fclose($pipes[1]);
fclose($pipes[2]);
echo 'exit: ', proc_close($proc), "\n";
?>
--EXPECTF--
no CA option: accepted
ca_file = other CA: refused: TLS failed: %s
ca_path = other CA: refused: TLS failed: %s
both = other CA: refused: TLS failed: %s
ca_file = the CA: accepted
ca_path = the CA: accepted
ca_file = other CA, ca_path = the CA: accepted
ca_file = the CA, ca_path = other CA: accepted
exit: 0
