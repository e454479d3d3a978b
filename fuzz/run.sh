#!/usr/bin/env bash
# Runs the OPS decoder fuzzer for SECONDS seconds:
#
#   fuzz/run.sh SECONDS [-j N]
#
# Seeds a corpus with the OpenSRS conformance replies
# ($WO_CONFORMANCE_DIR/opensrs, else ../shared/conformance/opensrs beside
# the repository) and fuzz/regressions/. The corpus is temporary unless
# WO_FUZZ_CORPUS names a directory to keep it in (for long runs in steps).
# -j N runs N workers in libFuzzer's fork mode; the default is one process.
# Findings are written to fuzz/out/artifacts/. Ends with one "fuzz:" line
# and exits non-zero when the fuzzer found a crash, leak or timeout.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

usage() { echo "usage: $0 SECONDS [-j N]" >&2; exit 2; }
[ $# -ge 1 ] || usage
seconds=$1; shift
jobs=1
while [ $# -gt 0 ]; do
  case $1 in
    -j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    *) usage ;;
  esac
done
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 && $jobs =~ ^[0-9]+$ && $jobs -gt 0 ]] || usage

"$here/build.sh" || exit 2

conformance=${WO_CONFORMANCE_DIR:-$root/../shared/conformance}/opensrs
if [ -n "${WO_FUZZ_CORPUS:-}" ]; then
  corpus=$WO_FUZZ_CORPUS
  mkdir -p "$corpus"
else
  corpus=$(mktemp -d "${TMPDIR:-/tmp}/ops_fuzz_corpus.XXXXXX")
  trap 'rm -rf "$corpus"' EXIT
fi
if compgen -G "$conformance/*.xml" >/dev/null; then
  cp "$conformance"/*.xml "$corpus"/
else
  echo "fuzz/run.sh: no conformance replies in $conformance; seeding from regressions only" >&2
fi
if compgen -G "$here/regressions/*" >/dev/null; then
  cp "$here"/regressions/* "$corpus"/
fi

artifacts=$here/out/artifacts
mkdir -p "$artifacts"
log=$here/out/last-run.log
before=$(ls "$artifacts" | wc -l)

# -max_len fits the largest seed (49 KB) with room to grow; -rss_limit_mb and
# -timeout make a runaway input a finding rather than a hung machine.
args=(-max_total_time="$seconds" -rss_limit_mb=2048 -max_len=131072 -timeout=10
      -dict="$here/ops.dict" -artifact_prefix="$artifacts/" -print_final_stats=1)
[ "$jobs" -gt 1 ] && args+=(-fork="$jobs")

start=$(date +%s)
"$here/out/ops_decode_fuzzer" "${args[@]}" "$corpus" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
elapsed=$(( $(date +%s) - start ))

# Fork mode prints no final stats; its last "#N" status line has the total.
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
[ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]\+\).*/\1/p' "$log" | tail -1)
rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
[ -n "$rss" ] || rss=$(sed -n 's/.* rss: \([0-9]\+\)Mb.*/\1/p' "$log" | sort -n | tail -1)
# Fork mode keeps its workers' status lines to itself.
if [ -n "$rss" ]; then rss="$rss MB"; else rss="n/a (fork mode)"; fi
after=$(ls "$artifacts" | wc -l)

if [ "$rc" -ne 0 ] || [ "$after" -ne "$before" ]; then
  found=$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$log" | tail -1)
  echo "fuzz: ${execs:-?} executions in ${elapsed}s, peak RSS $rss: FINDING (exit $rc) ${found:-see $log}"
  [ "$rc" -ne 0 ] && exit "$rc" || exit 1
fi
echo "fuzz: ${execs:-?} executions in ${elapsed}s, peak RSS $rss: no crash, leak or timeout"
