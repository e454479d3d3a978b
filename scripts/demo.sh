#!/usr/bin/env bash
# Builds the extension and runs its main job on the embedded defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
exec php -n -d extension="$(pwd)/modules/whmcs_opensrs.so" scripts/demo.php "$@"
