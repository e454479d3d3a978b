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
hdr=ext/whmcs_opensrs_arginfo.h
# gen_stub skips a header whose recorded stub hash is current: -f forces it.
php build/gen_stub.php -f ext/whmcs_opensrs.stub.php
# PHP 8.2's gen_stub writes a namespaced function's name unescaped into the C
# string that registers #[\SensitiveParameter] ("whmcsopensrs\whmcs_api"), so
# the compiler reads "\w" as an escape and the attribute lands nowhere. phpize
# replaces build/gen_stub.php with the installed one, so mend the output here.
sed -i -E '/zend_add_parameter_attribute/ s/"whmcsopensrs\\([a-z_]+)"/"whmcsopensrs\\\\\1"/g' "$hdr"
if grep -q '"whmcsopensrs\\[a-z]' "$hdr"; then
  echo "gen_stub.sh: unescaped namespaced name left in $hdr" >&2
  exit 1
fi
