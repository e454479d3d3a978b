--TEST--
OPS decode: keys that share their length and first and last characters, repeated from item to item, numeric and not, each keep their own value (the decoder reuses a key's string only when all of it is the same)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$keys = ['kAAz', 'kBBz', 'kABz', 'k  z', 'k&amp;z', '10', '010', 'k', 'kz', 'Kaaz'];
$items = '';
for ($i = 0; $i < 3; $i++) {
    $inner = '';
    foreach ($keys as $j => $key) {
        $inner .= "<item key=\"$key\">$i.$j</item>";
    }
    $items .= "<item key=\"$i\"><dt_assoc>$inner</dt_assoc></item>";
}
$xml = '<?xml version="1.0"?><OPS_envelope><body><data_block><dt_array>' . $items
    . '</dt_array></data_block></body></OPS_envelope>';
$decoded = WhmcsOpensrs\opensrs_ops_decode($xml);
foreach ($decoded as $i => $row) {
    echo $i, ': ', json_encode($row), "\n";
}
?>
--EXPECT--
0: {"kAAz":"0.0","kBBz":"0.1","kABz":"0.2","k  z":"0.3","k&z":"0.4","10":"0.5","010":"0.6","k":"0.7","kz":"0.8","Kaaz":"0.9"}
1: {"kAAz":"1.0","kBBz":"1.1","kABz":"1.2","k  z":"1.3","k&z":"1.4","10":"1.5","010":"1.6","k":"1.7","kz":"1.8","Kaaz":"1.9"}
2: {"kAAz":"2.0","kBBz":"2.1","kABz":"2.2","k  z":"2.3","k&z":"2.4","10":"2.5","010":"2.6","k":"2.7","kz":"2.8","Kaaz":"2.9"}
