#!/usr/bin/env bash
# Builds modules/whmcs_opensrs.so in the source tree: installs what the build
# needs (scripts/setup.sh), then phpize and configure (first time, or when
# config.m4 changed), then make. Says what it is doing; the tools' own output
# shows only on failure (compiler warnings always show).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

log=$(mktemp)
saved=$(mktemp)
trap 'rm -f "$log" "$saved"' EXIT
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ]; then
  echo "build: phpize ($(command -v phpize))"
  # phpize copies PHP's own build/gen_stub.php over the project's, which
  # scripts/gen_stub.sh needs as it is.
  cp build/gen_stub.php "$saved"
  phpize >"$log" 2>&1 || { cat "$log"; exit 1; }
  cp "$saved" build/gen_stub.php
  echo "build: configure --enable-whmcs-opensrs"
  ./configure --enable-whmcs-opensrs >"$log" || { tail -n 40 config.log; exit 1; }
fi
echo "build: make -j$(nproc)"
make -j"$(nproc)" >"$log" || { cat "$log"; exit 1; }
echo "build: built $(pwd)/modules/whmcs_opensrs.so"
