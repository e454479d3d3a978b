--TEST--
OPS round trip keeps CR, CRLF, LF, tabs, whitespace-only and multi-line values exactly
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$value = [
    'cr' => "one\rtwo", 'crlf' => "one\r\ntwo\r\n", 'lf' => "one\ntwo\n",
    'lone cr at end' => "end\r", 'tabs' => "\tcol1\tcol2\t",
    'space' => ' ', 'spaces' => '    ', 'newline' => "\n", 'blank mix' => " \t\r\n \r\n",
    'padded' => '  both sides  ',
    'multi-line' => "Request failed validation:\n    name server not found.\r\n\r\nPlease re-submit.\n",
    'in list' => ["\r", "\n", "\t", ' ', ''],
];
$xml = WhmcsOpensrs\opensrs_ops_encode($value);
var_dump(WhmcsOpensrs\opensrs_ops_decode($xml) === $value);
/* A parser turns a literal CR (and CRLF) into LF: CR travels as &#13;. */
var_dump(str_contains($xml, "one&#13;two"), str_contains($xml, "one&#13;\ntwo&#13;\n"), str_contains($xml, "\r"));
/* Blanks alone are a value, also as a top-level dt_scalar. */
var_dump(WhmcsOpensrs\opensrs_ops_decode(WhmcsOpensrs\opensrs_ops_encode(" \n\t ")) === " \n\t ");
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
