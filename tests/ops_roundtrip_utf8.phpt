--TEST--
OPS round trip keeps UTF-8 text and keys byte for byte (é, 中文, emoji)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$value = [
    'name' => 'Zoë Ångström-Müller',
    'é' => 'café',
    '中文' => '域名注册',
    'emoji 😀' => "🎉 launch 🚀\u{1F1E8}\u{1F1E6}",
    'mixed' => ['日本語', 'Ελληνικά', 'العربية', "\u{10FFFF}\u{E000}\u{FFFD}"],
];
$xml = WhmcsOpensrs\opensrs_ops_encode($value);
var_dump(WhmcsOpensrs\opensrs_ops_decode($xml) === $value);
/* UTF-8 is written as is, not as character references. */
var_dump(str_contains($xml, '<item key="中文">域名注册</item>'), str_contains($xml, '&#'));
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode('😀')) === '😀');
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
