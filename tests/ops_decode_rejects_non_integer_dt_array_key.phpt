--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses a dt_array item whose key is not a non-negative integer index
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/ops.inc';
foreach (['name', '', '-1', '1.5', ' 1', '1 ', '0x1', '1e3', '١', '99999999999999999999', '9223372036854775808'] as $key) {
    echo json_encode($key), ': ';
    wo_show_throw(fn() => WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope("<dt_array><item key=\"0\">ok</item><item key=\"$key\">x</item></dt_array>")));
}
/* Leading zeros and the largest index are still indexes. */
var_dump(WhmcsOpensrs\opensrs_ops_decode(wo_ops_envelope('<dt_array><item key="007">seven</item><item key="9223372036854775807">max</item></dt_array>')));
?>
--EXPECT--
"name": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"-1": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"1.5": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
" 1": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"1 ": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"0x1": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"1e3": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"\u0661": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"99999999999999999999": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array item key is not an index (line 2)
"9223372036854775808": WhmcsOpensrs\ProtocolException: Invalid OPS message: dt_array index out of range
array(2) {
  [7]=>
  string(5) "seven"
  [9223372036854775807]=>
  string(3) "max"
}
