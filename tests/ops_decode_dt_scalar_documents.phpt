--TEST--
WhmcsOpensrs\opensrs_ops_decode() reads whole documents holding dt_scalar and dt_scalarref: at top level (indented prolog, header version 1.0) and inside items and lists
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
require __DIR__ . '/fixtures.inc';
var_dump(wo_fixture_decode('scalar_top_level.xml'));
var_dump(wo_fixture_decode('scalars_in_items.xml'));
?>
--EXPECT--
string(12) "Ada Lovelace"
array(5) {
  ["name"]=>
  string(12) "Ada Lovelace"
  ["ref"]=>
  string(16) "note & reference"
  ["padded"]=>
  string(26) "  two spaces either side  "
  ["empty"]=>
  string(0) ""
  ["list"]=>
  array(2) {
    [0]=>
    string(5) "first"
    [1]=>
    string(6) "second"
  }
}
