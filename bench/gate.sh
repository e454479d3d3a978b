#!/usr/bin/env bash
# The performance gate: instructions per call, and cache lines a call
# fetches on cold caches, counted by callgrind (the same on a loaded
# machine as on an idle one, unlike time), against the budgets in
# bench/budgets.txt. A figure more than 5% over its budget fails.
#
#   bench/gate.sh                        measure, compare, exit 1 when over
#   bench/gate.sh --update "REASON"      measure and rewrite bench/budgets.txt
#                                        with these figures and REASON; commit
#                                        it with the change that moved them
#   bench/gate.sh --ext SO               measure another build (no budgets)
#
# What is counted (bench/gate.php), each as (count with N calls - count with
# none) / N in a process of its own: a WHMCS call and an OpenSRS call over
# HTTPS to nginx on 127.0.0.1 on a kept connection (OpenSRS's reconnection
# every 100 commands included), a decode of the 49 KB namesuggest reply,
# and the log entry of an in-process WHMCS call (a logger against none):
# instructions. And for both calls on cold caches (1 MB read between two
# calls, as in a page), the cache lines each fetched from beyond L2
# (whmcs_cold, opensrs_cold): code and data a call newly touches cost
# there, not in its instruction count.
# Inputs are fixed; a run takes about a minute. The C floors of both calls
# (bench/floor.c) are counted the same way and shown, without a budget.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUDGETS=$ROOT/bench/budgets.txt
TOLERANCE=5   # percent over budget that still passes

mode=check reason="" EXT=$ROOT/modules/whmcs_opensrs.so
case "${1:-}" in
  --update) mode=update; reason=${2:-}
    [ -n "$reason" ] || { echo "gate: --update needs a reason, e.g. --update \"libcurl 8.5 in Debian 13\"" >&2; exit 2; } ;;
  --ext) mode=measure; EXT=$(realpath "${2:?--ext needs a .so}") ;;
  "") ;;
  *) echo "usage: bench/gate.sh [--update REASON | --ext SO]" >&2; exit 2 ;;
esac

. bench/servers.sh
scripts/setup.sh
bench_packages nginx libnginx-mod-http-echo openssl valgrind gcc
[ "$mode" = measure ] || scripts/build.sh >/dev/null
mkdir -p bench/out
# Each answer 5 ms after its request: libcurl then always waits for it the
# same way (see bench/servers.sh), and the counts stay within 0.3% from run
# to run on a loaded machine.
BENCH_REPLY_DELAY=0.005 bench_servers_start "$ROOT"
# The same paths for every build and checkout: their lengths move what PHP
# allocates, and with it the cache simulation's figures by up to 1%.
cp "$EXT" "$BENCH_W/whmcs_opensrs.so"
EXT=$BENCH_W/whmcs_opensrs.so
cp bench/gate.php tests/fixtures/ops/reply_namesuggest_49kb.xml "$BENCH_W/"
GATE_PHP=$BENCH_W/gate.php
REPLY49=$BENCH_W/reply_namesuggest_49kb.xml

# One process's instruction count. A fixed environment: the same bytes of
# environment and locale in every run.
count() {
  local out=$BENCH_W/callgrind.log
  if ! env -i PATH=/usr/bin:/bin LC_ALL=C valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      php -n -d "extension=$EXT" "$GATE_PHP" "$@" >"$out" 2>&1; then
    echo "gate: bench/gate.php $* failed:" >&2
    grep -v '^==' "$out" >&2
    return 1
  fi
  awk '/Collected :/ {print $4}' "$out"
}
# Cache lines a run fetched from beyond a 512 KiB second level (callgrind's
# cache simulation, the same on every host: 32 KiB L1s, 512 KiB L2).
count_misses() {
  local out=$BENCH_W/callgrind.log
  if ! env -i PATH=/usr/bin:/bin LC_ALL=C valgrind --tool=callgrind --cache-sim=yes --I1=32768,8,64 \
      --D1=32768,8,64 --LL=524288,8,64 --callgrind-out-file=/dev/null \
      php -n -d "extension=$EXT" "$GATE_PHP" "$@" >"$out" 2>&1; then
    echo "gate: bench/gate.php $* failed:" >&2
    grep -v '^==' "$out" >&2
    return 1
  fi
  awk '/LL misses:/ {gsub(",", "", $4); print $4}' "$out"
}
# The same for the C floor (bench/floor.c) of an API: what the figures are
# compared with, not held to a budget.
count_floor() { # api calls [ops]
  local out=$BENCH_W/callgrind.log
  BENCH_PIN="env -i PATH=/usr/bin:/bin LC_ALL=C valgrind --tool=callgrind --callgrind-out-file=/dev/null" \
    bench_floor https "$@" >/dev/null 2>"$out" || { cat "$out" >&2; return 1; }
  awk '/Collected :/ {print $4}' "$out"
}
per_call() { # n count_with_n count_without
  [ -n "$2" ] && [ -n "$3" ] || { echo "gate: a callgrind run failed" >&2; exit 1; }
  echo $(( ($2 - $3) / $1 ))
}

N=200
whmcs_url=$(bench_url https whmcs); opensrs_url=$(bench_url https opensrs)
declare -A got
got[whmcs_call]=$(per_call $N "$(count whmcs $N "$whmcs_url" "$CERT")" "$(count whmcs 0 "$whmcs_url" "$CERT")")
got[opensrs_call]=$(per_call $N "$(count opensrs $N "$opensrs_url" "$CERT")" "$(count opensrs 0 "$opensrs_url" "$CERT")")
got[decode_49kb]=$(per_call 20 "$(count decode 20 "$REPLY49")" "$(count decode 0 "$REPLY49")")
got[log_entry]=$(per_call $N "$(count log $N on)" "$(count log $N off)")
# A call in a page runs on caches the web server and PHP have just used:
# what it fetches from memory then grows with its code and data, which
# instructions alone do not show.
got[whmcs_cold]=$(per_call 50 "$(count_misses whmcs 50 "$whmcs_url" "$CERT" cold)" \
  "$(count_misses whmcs 50 "$whmcs_url" "$CERT" coldbase)")
got[opensrs_cold]=$(per_call 50 "$(count_misses opensrs 50 "$opensrs_url" "$CERT" cold)" \
  "$(count_misses opensrs 50 "$opensrs_url" "$CERT" coldbase)")
names=(whmcs_call opensrs_call decode_49kb log_entry whmcs_cold opensrs_cold)
gcc -O2 -Wall -Wextra -o bench/out/floor bench/floor.c $(pkg-config --cflags --libs libcurl libxml-2.0 libcrypto)
bench_bodies "$EXT"
whmcs_floor=$(per_call $N "$(count_floor whmcs $N)" "$(count_floor whmcs 0)")
opensrs_floor=$(per_call $N "$(count_floor opensrs $N ops)" "$(count_floor opensrs 0 ops)")
floors() {
  awk -v w="${got[whmcs_call]}" -v wf="$whmcs_floor" -v o="${got[opensrs_call]}" -v of="$opensrs_floor" 'BEGIN {
    printf "floors: WHMCS call %d against libcurl'"'"'s %d (%.2fx); OpenSRS call %d against its C floor'"'"'s %d (%.2fx)\n", w, wf, w / wf, o, of, o / of }'
}

versions="PHP $(php -r 'echo PHP_VERSION;'), $(curl --version | head -n1 | cut -d' ' -f4-5), libxml2 $(pkg-config --modversion libxml-2.0), valgrind $(valgrind --version | cut -d- -f2)"

if [ "$mode" = measure ]; then
  for k in "${names[@]}"; do printf '%-14s %10s\n' "$k" "${got[$k]}"; done
  floors
  exit 0
fi

if [ "$mode" = update ]; then
  {
    echo "# Per call: instructions, and for *_cold the cache lines fetched from beyond"
    echo "# L2 on cold caches; the budgets bench/gate.sh holds every build to (a"
    echo "# figure more than ${TOLERANCE}% over its budget fails CI). Made by"
    echo "#   bench/gate.sh --update \"REASON\""
    echo "# which measures and rewrites this file; commit it with the change that"
    echo "# moved the figures. Each is callgrind's count for N calls minus that for"
    echo "# none, over N (bench/gate.sh says what each call is)."
    echo "#"
    echo "# measured: $(date -u +%Y-%m-%d) at $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ext || echo ' plus changes'), $versions"
    echo "# reason: $reason"
    for k in "${names[@]}"; do printf '%-14s %s\n' "$k" "${got[$k]}"; done
  } > "$BUDGETS"
  cat "$BUDGETS"
  exit 0
fi

[ -f "$BUDGETS" ] || { echo "gate: no $BUDGETS; make it with bench/gate.sh --update \"first budgets\"" >&2; exit 1; }
budget_versions=$(sed -n 's/^# measured: .*, \(PHP .*\)$/\1/p' "$BUDGETS")
passed=0 failed=0
printf '%-14s %10s %10s %8s\n' figure measured budget change
for k in "${names[@]}"; do
  budget=$(awk -v k="$k" '$1 == k {print $2}' "$BUDGETS")
  if [ -z "$budget" ]; then
    printf '%-14s %10s %10s %8s  FAIL: no budget\n' "$k" "${got[$k]}" - -
    failed=$((failed + 1))
    continue
  fi
  change=$(awk -v g="${got[$k]}" -v b="$budget" 'BEGIN {printf "%+.1f%%", (g - b) * 100 / b}')
  if awk -v g="${got[$k]}" -v b="$budget" -v t="$TOLERANCE" 'BEGIN {exit !(g > b * (1 + t / 100))}'; then
    printf '%-14s %10s %10s %8s  FAIL: over budget by more than %s%%\n' "$k" "${got[$k]}" "$budget" "$change" "$TOLERANCE"
    failed=$((failed + 1))
  else
    printf '%-14s %10s %10s %8s  ok\n' "$k" "${got[$k]}" "$budget" "$change"
    passed=$((passed + 1))
  fi
done
if [ "$failed" -gt 0 ]; then
  echo "gate: a figure per call went over budget. If the cost is deliberate (a"
  echo "gate: feature, a safer default), rewrite the budgets and commit them with it:"
  echo "gate:   bench/gate.sh --update \"why the figures moved\""
  [ "$budget_versions" = "$versions" ] || echo "gate: the budgets were measured with $budget_versions; this is $versions"
fi
floors
# In run-tests.php's words, so that .ci/run counts the budgets with the tests.
echo "Tests failed : $failed"
echo "Tests passed : $passed"
[ "$failed" -eq 0 ]
