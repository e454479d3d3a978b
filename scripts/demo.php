<?php
/*
 * The main job of whmcs_opensrs on embedded defaults: builds and signs the
 * OpenSRS "delete subuser" request and decodes OpenSRS's reply to it, then
 * makes the real calls against the bundled local servers (127.0.0.1 only).
 */
declare(strict_types=1);

if (!extension_loaded('whmcs_opensrs')) {
    fwrite(STDERR, "whmcs_opensrs is not loaded: run scripts/demo.sh\n");
    exit(1);
}

$domain = 'example.com';
$subId = 2532880;
$key = 'demo-key-not-secret';   /* the demo's signing key; real keys come from opensrs.api_key */

/* The delete subuser request, as docs/opensrs.md's "On the wire" lays it out. */
$request = [
    'protocol'   => 'XCP',
    'action'     => 'delete',
    'object'     => 'subuser',
    'domain'     => $domain,
    'username'   => 'domainowner',
    'attributes' => ['domain' => $domain, 'sub_id' => $subId],
];
$xml = WhmcsOpensrs\opensrs_ops_encode($request);

echo "== OpenSRS delete subuser request\n";
echo "X-Username: resellername\n";
echo 'X-Signature: ', WhmcsOpensrs\opensrs_signature($xml, $key), "\n\n";
echo $xml, "\n";

/* OpenSRS's reply to a successful delete. */
$reply = <<<'XML'
<?xml version='1.0' encoding='UTF-8' standalone='no' ?>
<!DOCTYPE OPS_envelope SYSTEM 'ops.dtd'>
<OPS_envelope>
 <header>
  <version>0.9</version>
 </header>
 <body>
  <data_block>
   <dt_assoc>
    <item key="protocol">XCP</item>
    <item key="action">REPLY</item>
    <item key="object">SUBUSER</item>
    <item key="is_success">1</item>
    <item key="response_code">200</item>
    <item key="response_text">Command completed successfully</item>
   </dt_assoc>
  </data_block>
 </body>
</OPS_envelope>
XML;

echo "== OpenSRS reply, decoded\n";
var_export(WhmcsOpensrs\opensrs_ops_decode($reply));
echo "\n";

require __DIR__ . '/demo_whmcs.php';
require __DIR__ . '/demo_opensrs.php';
