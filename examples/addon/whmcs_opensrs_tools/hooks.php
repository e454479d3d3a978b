<?php
/**
 * Hooks of the whmcs_opensrs tools addon (WHMCS loads this file while the
 * addon is active): an admin dashboard widget with the circuit breaker's
 * view of the WHMCS and OpenSRS servers this pool calls.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

require_once __DIR__ . '/health.php';

/* Widgets need WHMCS 7.9 or later; elsewhere the dashboard stays as it is. */
if (class_exists(\WHMCS\Module\AbstractWidget::class) && !class_exists('WhmcsOpensrsHealthWidget', false)) {
    class WhmcsOpensrsHealthWidget extends \WHMCS\Module\AbstractWidget
    {
        protected $title = 'WHMCS & OpenSRS connections';
        protected $description = 'The circuit breaker of the whmcs_opensrs extension, per server.';
        protected $weight = 150;
        protected $columns = 1;
        /* The state changes from one call to the next: never cached. */
        protected $cache = false;
        protected $requiredPermission = '';

        public function getData()
        {
            return extension_loaded('whmcs_opensrs') ? WhmcsOpensrs\health() : null;
        }

        public function generateOutput($data)
        {
            if ($data === null) {
                return '<div class="widget-content-padded">The whmcs_opensrs PHP extension is not loaded.</div>';
            }
            return '<div class="widget-content-padded">' . whmcs_opensrs_tools_health_warnings($data)
                . whmcs_opensrs_tools_health_table($data) . '</div>';
        }
    }

    add_hook('AdminHomeWidgets', 1, function () {
        return new WhmcsOpensrsHealthWidget();
    });
}
