#!/usr/bin/env bash
# The extra conformance pass: the PHPT tests of conformance/ against an
# external corpus of real OPS messages and WHMCS payloads written by other
# projects. The corpus is not part of the repository; it is read from
# $WO_CONFORMANCE_DIR, else ../shared/conformance beside the clone. The suite
# of scripts/test.sh does not need it (tests/fixtures/ holds the project's own).
# Ends with "conformance: N passed, N failed, N skipped"; exits 1 unless every
# test ran and passed, 2 when there is no corpus.
set -uo pipefail
cd "$(dirname "$0")/.."

corpus=${WO_CONFORMANCE_DIR:-../shared/conformance}
if [ ! -d "$corpus/opensrs" ] || [ ! -d "$corpus/whmcs" ]; then
  echo "conformance: no corpus at $corpus (set WO_CONFORMANCE_DIR)" >&2
  exit 2
fi
export WO_CONFORMANCE_DIR
WO_CONFORMANCE_DIR=$(cd "$corpus" && pwd)
export NO_INTERACTION=1

scripts/build.sh || exit 1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
make test TESTS="-j$(nproc) -q --show-diff conformance/" 2>&1 | tee "$log"

count() { awk -F: "/^Tests ($1)/ {split(\$2, a, \" \"); s += a[1]} END {print s+0}" "$log"; }
passed=$(count passed)
failed=$(count 'failed|leaked|borked|warned')
skipped=$(count skipped)
echo "conformance: $passed passed, $failed failed, $skipped skipped (corpus: $WO_CONFORMANCE_DIR)"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ]
