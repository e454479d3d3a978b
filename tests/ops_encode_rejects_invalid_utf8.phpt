--TEST--
WhmcsOpensrs\opensrs_ops_encode() refuses strings that are not valid UTF-8, in values and keys, with a ValueError naming $data
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
$bad = [
    'lone continuation byte' => "\x80",
    'overlong slash' => "\xC0\xAF",
    'overlong 3-byte NUL' => "\xE0\x80\x80",
    'surrogate U+D800' => "\xED\xA0\x80",
    'truncated 3-byte' => "\xE2\x82",
    'truncated 4-byte' => "\xF0\x9F\x98",
    'truncated at end' => "\xC3",
    'above U+10FFFF' => "\xF4\x90\x80\x80",
    'invalid lead byte' => "\xFF",
    'Latin-1' => "caf\xE9",
];
foreach ($bad as $name => $bytes) {
    echo "$name\n  ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(['ok' => 'é', 'v' => "ab$bytes"]));
    echo "  ";
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(["k$bytes" => 'v']));
}
echo "top-level string\n  ";
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode("\xC0\xAF"));
echo "in a list\n  ";
wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_encode(['a', ['b', "\x80"]]));
?>
--EXPECT--
lone continuation byte
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0x80 at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0x80 at offset 1 of a key)
overlong slash
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xc0 at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xc0 at offset 1 of a key)
overlong 3-byte NUL
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xe0 at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xe0 at offset 1 of a key)
surrogate U+D800
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xed at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xed at offset 1 of a key)
truncated 3-byte
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xe2 at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xe2 at offset 1 of a key)
truncated 4-byte
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xf0 at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xf0 at offset 1 of a key)
truncated at end
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xc3 at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xc3 at offset 1 of a key)
above U+10FFFF
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xf4 at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xf4 at offset 1 of a key)
invalid lead byte
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xff at offset 2 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xff at offset 1 of a key)
Latin-1
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xe9 at offset 5 of a value)
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xe9 at offset 4 of a key)
top-level string
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0xc0 at offset 0 of a value)
in a list
  ValueError: WhmcsOpensrs\opensrs_ops_encode(): Argument #1 ($data) must be valid UTF-8 (bad byte 0x80 at offset 0 of a value)
