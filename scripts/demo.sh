#!/usr/bin/env bash
# Builds the extension (on a fresh machine: installs the packages it needs
# first), then runs scripts/demo.php with it: encodes, signs and decodes an
# OpenSRS "delete subuser" exchange, then calls the bundled WHMCS and OpenSRS
# test servers on 127.0.0.1. Nothing leaves the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
echo "demo: php scripts/demo.php"
echo
exec php -n -d extension="$(pwd)/modules/whmcs_opensrs.so" scripts/demo.php "$@"
