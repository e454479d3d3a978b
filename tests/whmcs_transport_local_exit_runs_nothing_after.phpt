--TEST--
WHMCS in-process: exit() inside localAPI() ends the script there; no logger runs, nothing is logged, and no UnwindExit is reported
--EXTENSIONS--
whmcs_opensrs
--FILE--
<?php
/* WHMCS code redirects and exits (redir(), then exit). */
function localAPI(string $command, array $postData): array
{
    echo "localAPI: redirecting\n";
    exit();
}

register_shutdown_function(static function () {
    echo "shutdown\n";
});

try {
    WhmcsOpensrs\whmcs_api('GetClients', ['password2' => 'secret-pw'], ['logger' => static function (array $entry) {
        echo "logger ran: ", $entry['error'], "\n";
    }]);
} finally {
    /* exit() skips finally blocks: this does not print either. */
    echo "finally\n";
}
echo "not reached\n";
?>
--EXPECT--
localAPI: redirecting
shutdown
