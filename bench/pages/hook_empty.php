<?php
/* The empty page: what one fpm request costs with no API call. */
echo "ok\n";
