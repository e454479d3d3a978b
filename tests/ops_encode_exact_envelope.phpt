--TEST--
WhmcsOpensrs\opensrs_ops_encode() writes the exact OPS 0.9 envelope around a small value
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
echo WhmcsOpensrs\opensrs_ops_encode([
    'protocol' => 'XCP',
    'action' => 'delete',
    'attributes' => ['domain' => 'example.com', 'sub_id' => 42, 'note' => "a&b <c>\r"],
    'list' => ['x', 'y'],
    'none' => null,
]);
echo "--\n";
echo WhmcsOpensrs\opensrs_ops_encode('scalar');
?>
--EXPECT--
<?xml version='1.0' encoding='UTF-8' standalone='no' ?>
<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>
<OPS_envelope>
<header>
<version>0.9</version>
</header>
<body>
<data_block>
<dt_assoc><item key="protocol">XCP</item><item key="action">delete</item><item key="attributes"><dt_assoc><item key="domain">example.com</item><item key="sub_id">42</item><item key="note">a&amp;b &lt;c&gt;&#13;</item></dt_assoc></item><item key="list"><dt_array><item key="0">x</item><item key="1">y</item></dt_array></item><item key="none"></item></dt_assoc>
</data_block>
</body>
</OPS_envelope>
--
<?xml version='1.0' encoding='UTF-8' standalone='no' ?>
<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>
<OPS_envelope>
<header>
<version>0.9</version>
</header>
<body>
<data_block>
<dt_scalar>scalar</dt_scalar>
</data_block>
</body>
</OPS_envelope>
