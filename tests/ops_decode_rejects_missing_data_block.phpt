--TEST--
WhmcsOpensrs\opensrs_ops_decode() refuses an envelope without body > data_block, or with an empty data_block
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
foreach ([
    'no body' => '<OPS_envelope><header><version>0.9</version></header></OPS_envelope>',
    'empty body' => '<OPS_envelope><header><version>0.9</version></header><body/></OPS_envelope>',
    'data_block outside body' => '<OPS_envelope><data_block><dt_scalar>x</dt_scalar></data_block></OPS_envelope>',
    'data_block in the header' => '<OPS_envelope><header><data_block><dt_scalar>x</dt_scalar></data_block></header><body/></OPS_envelope>',
    'empty data_block' => '<OPS_envelope><body><data_block/></body></OPS_envelope>',
    'blank data_block' => "<OPS_envelope><body><data_block>\n  </data_block></body></OPS_envelope>",
    'bare root' => '<OPS_envelope/>',
] as $name => $xml) {
    echo "$name: ";
    try {
        var_dump(WhmcsOpensrs\opensrs_ops_decode($xml));
    } catch (WhmcsOpensrs\ProtocolException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
no body: Invalid OPS message: no <body><data_block> in the envelope
empty body: Invalid OPS message: no <body><data_block> in the envelope
data_block outside body: Invalid OPS message: no <body><data_block> in the envelope
data_block in the header: Invalid OPS message: no <body><data_block> in the envelope
empty data_block: Invalid OPS message: data_block holds no value
blank data_block: Invalid OPS message: data_block holds no value
bare root: Invalid OPS message: no <body><data_block> in the envelope
