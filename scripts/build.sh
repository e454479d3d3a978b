#!/usr/bin/env bash
# Builds modules/whmcs_opensrs.so in the source tree (phpize, configure, make).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

if [ ! -f Makefile ] || [ config.m4 -nt Makefile ]; then
  phpize >/dev/null 2>&1 || phpize
  ./configure --enable-whmcs-opensrs >/dev/null
fi
make -j"$(nproc)" >/dev/null
echo "built: $(pwd)/modules/whmcs_opensrs.so"
