--TEST--
WhmcsOpensrs\opensrs_ops_encode() refuses characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF) with a ValueError naming $data
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
foreach (["\x00", "\x01", "\x08", "\x0B", "\x0C", "\x1B", "\x1F", "\u{FFFE}", "\u{FFFF}"] as $char) {
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(['v' => "ab{$char}cd"]));
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(["k$char" => 'v']));
}
/* Allowed: tab, LF, CR, DEL, C1 controls, private use, U+FFFD, the last plane. */
$ok = "\t\n\r\x7F\u{80}\u{9F}\u{E000}\u{FFFD}\u{10FFFF}";
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode([$ok => $ok])) === [$ok => $ok]);
?>
--EXPECT--
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+0000 at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+0000 at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+0001 at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+0001 at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+0008 at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+0008 at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+000B at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+000B at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+000C at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+000C at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+001B at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+001B at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+001F at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+001F at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+FFFE at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+FFFE at offset 1 of a key)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+FFFF at offset 2 of a value)
ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must not contain characters XML 1.0 forbids (U+FFFF at offset 1 of a key)
bool(true)
