#!/usr/bin/env bash
# Regenerates ext/whmcs_opensrs_arginfo.h from its stub with PHP's gen_stub,
# using Debian's nikic/PHP-Parser (package php-parser) instead of a download.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ ! -e build/PHP-Parser-4.15.1/lib ]; then
  mkdir -p build/PHP-Parser-4.15.1
  ln -s /usr/share/php build/PHP-Parser-4.15.1/lib
fi
php build/gen_stub.php ext/whmcs_opensrs.stub.php
