--TEST--
WhmcsOpensrs\opensrs_signature() keeps its $key out of exception traces: the trace shows SensitiveParameterValue
--EXTENSIONS--
whmcs_opensrs
--SKIPIF--
<?php if (PHP_VERSION_ID < 80200) die('skip #[\SensitiveParameter] needs PHP 8.2'); ?>
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
const KEY = 'S3CRET-api-key-0123456789abcdef';

/* $xml converts to a string by throwing, while WhmcsOpensrs\opensrs_signature() holds the key. */
function sign_request(object $xml, string $key): string
{
    return WhmcsOpensrs\opensrs_signature($xml, $key);
}
$xml = new class { public function __toString(): string { throw new RuntimeException('cannot render'); } };
try {
    sign_request($xml, KEY);
} catch (RuntimeException $e) {
    $frame = null;
    foreach ($e->getTrace() as $f) {
        if ($f['function'] === 'WhmcsOpensrs\\opensrs_signature') {
            $frame = $f;
        }
    }
    var_dump(get_class($frame['args'][1]));
    var_dump(str_contains($e->getTraceAsString(), 'WhmcsOpensrs\opensrs_signature(Object(class@anonymous), Object(SensitiveParameterValue))'));
    /* sign_request() itself did not mark $key: that is the caller's business, so drop its frame. */
    $ours = $e->getTraceAsString();
    $ours = substr($ours, 0, strpos($ours, 'sign_request('));
    /* Traces cut strings at 15 bytes: look for the key's start. */
    var_dump(str_contains($ours, 'S3CRET'));
    /* ...which the check above would have seen: the unmarked frame shows it. */
    var_dump(str_contains($e->getTraceAsString(), "sign_request(Object(class@anonymous), 'S3CRET-api-key-...')"));
}

/* A TypeError from argument parsing. */
try {
    WhmcsOpensrs\opensrs_signature([], KEY);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
    var_dump(get_class($e->getTrace()[0]['args'][1]));
    ob_start();
    var_dump($e->getTrace());
    $dumped = ob_get_clean();
    var_dump(str_contains($e->getTraceAsString() . print_r($e->getTrace(), true) . $dumped, 'S3CRET'));
}
/* The value is still there for code that asks for it on purpose. */
try {
    WhmcsOpensrs\opensrs_signature([], KEY);
} catch (TypeError $e) {
    var_dump($e->getTrace()[0]['args'][1]->getValue() === KEY);
}
?>
--EXPECT--
string(23) "SensitiveParameterValue"
bool(true)
bool(false)
bool(true)
WhmcsOpensrs\opensrs_signature(): Argument #1 ($xml) must be of type string, array given
string(23) "SensitiveParameterValue"
bool(false)
bool(true)
