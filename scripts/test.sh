#!/usr/bin/env bash
# Builds the extension and runs the whole PHPT suite. Extra arguments go to
# run-tests.php (for example -m for valgrind, or a single test file).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh

args=("$@")
[ ${#args[@]} -gt 0 ] || args=(tests/)
export NO_INTERACTION=1
make test TESTS="-j$(nproc) -q --show-diff ${args[*]}"
