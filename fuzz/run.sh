#!/usr/bin/env bash
# Runs the fuzzers, each for SECONDS seconds, one after the other:
#
#   fuzz/run.sh SECONDS [-j N] [ops_decode] [ops_roundtrip] [form_encode] [secret_mask] [whmcs_response]
#
# Without names, all run. Seeds come from the conformance corpus
# ($WO_CONFORMANCE_DIR, else ../shared/conformance beside the repository):
# the OpenSRS replies for ops_decode, the WHMCS payloads (through
# fuzz/whmcs_seeds.php) for whmcs_response; and from each fuzzer's
# regression inputs (fuzz/regressions/, fuzz/roundtrip_regressions/,
# fuzz/form_regressions/, fuzz/mask_regressions/, fuzz/whmcs_regressions/).
# Corpora are temporary unless WO_FUZZ_CORPUS names a directory to keep them
# in (one subdirectory per fuzzer), for long runs in steps. -j N runs N
# workers in libFuzzer's fork mode; the default is one process.
# Findings are written to fuzz/out/artifacts/, logs to
# fuzz/out/last-run-NAME.log. Prints one "fuzz NAME:" line per fuzzer and
# exits non-zero when any found a crash, leak, timeout or broken invariant.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

usage() { echo "usage: $0 SECONDS [-j N] [ops_decode] [ops_roundtrip] [form_encode] [secret_mask] [whmcs_response]" >&2; exit 2; }
[ $# -ge 1 ] || usage
seconds=$1; shift
jobs=1
names=()
while [ $# -gt 0 ]; do
  case $1 in
    -j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
    -j*) jobs=${1#-j}; shift ;;
    ops_decode|ops_roundtrip|form_encode|secret_mask|whmcs_response) names+=("$1"); shift ;;
    *) usage ;;
  esac
done
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 && $jobs =~ ^[0-9]+$ && $jobs -gt 0 ]] || usage
[ ${#names[@]} -gt 0 ] || names=(ops_decode ops_roundtrip form_encode secret_mask whmcs_response)

"$here/build.sh" || exit 2
conformance=${WO_CONFORMANCE_DIR:-$root/../shared/conformance}
artifacts=$here/out/artifacts
mkdir -p "$artifacts"
temporary=()
trap 'rm -rf "${temporary[@]}"' EXIT

# seed NAME CORPUS: fills CORPUS with NAME's seeds and regression inputs.
seed() {
  local name=$1 corpus=$2
  case $name in
    ops_decode)
      cp "$root"/tests/fixtures/ops/*.xml "$corpus"/
      if compgen -G "$conformance/opensrs/*.xml" >/dev/null; then
        cp "$conformance"/opensrs/*.xml "$corpus"/
      else
        echo "fuzz/run.sh: no OpenSRS replies in $conformance/opensrs; seeding from the test fixtures and regressions only" >&2
      fi
      if compgen -G "$here/regressions/*" >/dev/null; then
        cp "$here"/regressions/* "$corpus"/
      fi
      ;;
    ops_roundtrip)
      cp "$here"/roundtrip_regressions/* "$corpus"/
      ;;
    form_encode)
      cp "$here"/form_regressions/* "$corpus"/
      ;;
    secret_mask)
      cp "$here"/mask_regressions/* "$corpus"/
      ;;
    whmcs_response)
      php -n "$here/whmcs_seeds.php" "$conformance/whmcs" "$corpus"
      if compgen -G "$here/whmcs_regressions/*" >/dev/null; then
        cp "$here"/whmcs_regressions/* "$corpus"/
      fi
      ;;
  esac
}

# run_one NAME: runs NAME's fuzzer; returns non-zero on a finding.
run_one() {
  local name=$1 corpus dict max_len
  case $name in
    # -max_len fits the largest seed (49 KB) with room to grow.
    ops_decode) dict=$here/ops.dict; max_len=131072 ;;
    # Programs: a few hundred bytes already build 64-deep values.
    ops_roundtrip) dict=; max_len=4096 ;;
    # A program of a few hundred steps reaches every depth; each step
    # re-checks the whole body, so longer ones only cost time.
    form_encode) dict=$here/form.dict; max_len=4096 ;;
    # A secret, how to spell each character, and some text around it.
    secret_mask) dict=$here/mask.dict; max_len=1024 ;;
    # WHMCS answers worth varying are small; longer ones only cost time.
    whmcs_response) dict=$here/whmcs.dict; max_len=16384 ;;
  esac
  if [ -n "${WO_FUZZ_CORPUS:-}" ]; then
    corpus=$WO_FUZZ_CORPUS/$name
    mkdir -p "$corpus"
  else
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/${name}_corpus.XXXXXX")
    temporary+=("$corpus")
  fi
  seed "$name" "$corpus"

  local log=$here/out/last-run-$name.log
  local before after
  before=$(ls "$artifacts" | wc -l)
  # -rss_limit_mb and -timeout make a runaway input a finding rather than
  # a hung machine.
  local args=(-max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$max_len" -timeout=10
              -artifact_prefix="$artifacts/$name-" -print_final_stats=1)
  [ -n "$dict" ] && args+=(-dict="$dict")
  [ "$jobs" -gt 1 ] && args+=(-fork="$jobs")

  local start elapsed rc
  start=$(date +%s)
  "$here/out/${name}_fuzzer" "${args[@]}" "$corpus" >"$log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  tail -n 5 "$log"

  # Fork mode prints no final stats; its last "#N" status line has the total.
  local execs rss found
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]\+\).*/\1/p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  [ -n "$rss" ] || rss=$(sed -n 's/.* rss: \([0-9]\+\)Mb.*/\1/p' "$log" | sort -n | tail -1)
  # Fork mode keeps its workers' status lines to itself.
  if [ -n "$rss" ]; then rss="$rss MB"; else rss="n/a (fork mode)"; fi
  after=$(ls "$artifacts" | wc -l)

  if [ "$rc" -ne 0 ] || [ "$after" -ne "$before" ]; then
    found=$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$log" | tail -1)
    echo "fuzz $name: ${execs:-?} executions in ${elapsed}s, peak RSS $rss: FINDING (exit $rc) ${found:-see $log}"
    return 1
  fi
  echo "fuzz $name: ${execs:-?} executions in ${elapsed}s, peak RSS $rss: no crash, leak or timeout"
}

status=0
for name in "${names[@]}"; do
  run_one "$name" || status=1
done
exit $status
