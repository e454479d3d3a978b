--TEST--
WhmcsOpensrs\opensrs_ops_decode(): a document that fails midway leaves nothing behind for the next one (the parser context is kept between documents)
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
$good = "<?xml version='1.0' encoding='UTF-8'?><OPS_envelope><header><version>0.9</version></header>"
    . '<body><data_block><dt_assoc><item key="a">1</item></dt_assoc></data_block></body></OPS_envelope>';
$failing = [
    'namespace declared, stopped midway' => '<OPS_envelope xmlns:x="urn:x"><header><x:v>',
    'deep header nesting' => '<OPS_envelope><header>' . str_repeat('<h>', 5000),
    'entity declaration' => '<!DOCTYPE OPS_envelope [<!ENTITY e "x">]><OPS_envelope/>',
    '65 containers' => '<OPS_envelope><body><data_block>' . str_repeat('<dt_assoc><item key="k">', 65),
    'wrong root' => '<html><body>maintenance</body></html>',
];
foreach ($failing as $label => $xml) {
    try {
        WhmcsOpensrs\opensrs_ops_decode($xml);
        echo "$label: decoded?!\n";
    } catch (WhmcsOpensrs\ProtocolException $e) {
        echo "$label: refused; next: ", json_encode(WhmcsOpensrs\opensrs_ops_decode($good)), "\n";
    }
}
/* The prefix declared by the first document must not be known to a later one. */
try {
    WhmcsOpensrs\opensrs_ops_decode('<OPS_envelope><header><x:v/></header><body><data_block><dt_scalar>s</dt_scalar></data_block></body></OPS_envelope>');
    echo "undeclared prefix accepted\n";
} catch (WhmcsOpensrs\ProtocolException $e) {
    echo "undeclared prefix: refused\n";
}
?>
--EXPECT--
namespace declared, stopped midway: refused; next: {"a":"1"}
deep header nesting: refused; next: {"a":"1"}
entity declaration: refused; next: {"a":"1"}
65 containers: refused; next: {"a":"1"}
wrong root: refused; next: {"a":"1"}
undeclared prefix: refused
