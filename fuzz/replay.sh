#!/usr/bin/env bash
# Replays fuzz/regressions/ and the OpenSRS conformance replies through the
# harness built with ASan and UBSan but without libFuzzer: what CI runs to
# show every fixed finding stays fixed. Exits non-zero on any sanitizer
# report or broken invariant. Extra arguments are more files or directories.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
"$here/build.sh"

conformance=${WO_CONFORMANCE_DIR:-$root/../shared/conformance}/opensrs
paths=("$here/regressions")
if [ -d "$conformance" ]; then
  paths+=("$conformance")
else
  echo "fuzz/replay.sh: $conformance not found; replaying regressions only" >&2
fi
# Leaks are findings too; halt_on_error keeps the first report the only one.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$here/out/ops_decode_replay" "${paths[@]}" "$@"
