#!/usr/bin/env bash
# A against B on the same servers, in one run: bench/ab.sh [options] REV [REV_B]
#
# A is REV (any git revision, built from `git archive` in bench/out/ab/, kept
# there for the next run), B the working tree (scripts/build.sh), or REV_B
# built the same way as A. Both are
# measured against one nginx (HTTPS, kept connection, canned replies, as in
# bench/run.sh) and one php8.2-fpm pool each, in rounds whose order
# alternates (A B, B A, ...), so that what the machine does meanwhile weighs
# on both alike. Per round and build:
#   - a WHMCS call and an OpenSRS call in a CLI loop (bench/calls.php ext),
#     and each one's C floor (bench/floor.c) in the same round;
#   - the cost one call adds to an fpm page: ab -k on the page with the call
#     minus ab on the empty page, in the same pool and round.
# Prints min / median / max over the rounds for each, and B/A from each
# round's own pair. Server, fpm and clients are pinned to one CPU.
#
#   --rounds N     rounds (default 9)
#   --calls N      calls per CLI measurement (default 2000)
#   --requests N   ab requests per page and round (default 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS=9 CALLS=2000 REQUESTS=3000
while [ $# -gt 1 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --calls) CALLS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || [ $# -eq 2 ] || { echo "usage: bench/ab.sh [--rounds N] [--calls N] [--requests N] REV [REV_B]" >&2; exit 2; }
REV=$(git rev-parse --verify "$1^{commit}")
REV_B=
[ $# -eq 2 ] && REV_B=$(git rev-parse --verify "$2^{commit}")
CPU=${BENCH_CPU:-1}
BENCH_PIN="taskset -c $CPU"
PIN=(taskset -c "$CPU")

. bench/servers.sh
scripts/setup.sh
bench_packages nginx php8.2-fpm php8.2-curl php8.2-xml apache2-utils openssl gcc util-linux

# ---- builds -----------------------------------------------------------------
OUT=$ROOT/bench/out
# The extension of a revision, built once in bench/out/ab/REV.
build_rev() { # rev
  local dir=$OUT/ab/${1:0:12} log=$OUT/ab/build.log
  if [ ! -f "$dir/modules/whmcs_opensrs.so" ]; then
    echo "ab: building ${1:0:12} in $dir" >&2
    rm -rf "$dir"
    mkdir -p "$dir"
    git archive "$1" | tar -x -C "$dir"
    (cd "$dir" && phpize && ./configure --enable-whmcs-opensrs && make -j"$(nproc)") >"$log" 2>&1 \
      || { tail -n 40 "$log" >&2; exit 1; }
  fi
  echo "$dir/modules/whmcs_opensrs.so"
}
A_SO=$(build_rev "$REV")
if [ -n "$REV_B" ]; then
  B_SO=$(build_rev "$REV_B")
  B_NAME=${REV_B:0:12}
else
  scripts/build.sh >/dev/null
  B_SO=$ROOT/modules/whmcs_opensrs.so
  B_NAME="working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ext || echo ' plus changes'))"
fi
gcc -O2 -Wall -Wextra -o "$OUT/floor" bench/floor.c $(pkg-config --cflags --libs libcurl libxml-2.0 libcrypto)

bench_servers_start "$ROOT" "a=$A_SO" "b=$B_SO"
W=$BENCH_W
cp "$A_SO" "$W/a.so"
cp "$B_SO" "$W/b.so"
for pool in a b; do
  for page in hook_empty.php hook_ext.php "hook_ext.php?api=opensrs"; do
    body=$(curl -s "http://127.0.0.1:$HTTP_PORT/$pool/$page")
    case "$body" in ok|200) ;; *) echo "ab: /$pool/$page answered: $body"; cat "$W"/*error.log; exit 1 ;; esac
  done
done
bench_bodies "$W/b.so"

RESULTS=$OUT/ab.jsonl
: > "$RESULTS"
row() { # round build metric value
  echo "{\"round\":$1,\"build\":\"$2\",\"metric\":\"$3\",\"us\":$4}" >> "$RESULTS"
}

# µs per request of ab -k on one page.
page_us() {
  local out
  out=$("${PIN[@]}" ab -q -k -n "$REQUESTS" -c 1 "http://127.0.0.1:$HTTP_PORT/$1" 2>&1)
  [ "$(echo "$out" | awk '/^Failed requests/ {print $3}')" = 0 ] \
    && [ "$(echo "$out" | awk '/^Keep-Alive requests/ {print $3}')" = "$REQUESTS" ] \
    || { echo "ab: $1 failed or did not keep its connection" >&2; echo "$out" >&2; exit 1; }
  echo "$out" | awk '/^Time per request/ {print $4 * 1000; exit}'
}

measure_build() { # round build
  local r=$1 b=$2 empty
  "${PIN[@]}" php -n -d "extension=$W/$b.so" -d extension=curl -d extension=dom -d extension=xmlwriter \
    bench/calls.php "http://127.0.0.1:$HTTP_PORT" "https://127.0.0.1:$HTTPS_PORT" "$CERT" "$CALLS" 1 ext \
    > "$W/calls.json"
  php -n -r 'foreach (file($argv[1]) as $l) { $j = json_decode($l, true);
    foreach (["us" => "", "cpu_us" => "_cpu"] as $k => $suffix) {
      echo json_encode(["round" => (int) $argv[2], "build" => $argv[3], "metric" => "{$j["api"]}_call$suffix", "us" => $j[$k]]), "\n";
    } }' "$W/calls.json" "$r" "$b" >> "$RESULTS"
  empty=$(page_us "$b/hook_empty.php")
  row "$r" "$b" page_empty "$empty"
  row "$r" "$b" page_whmcs_adds "$(awk -v p="$(page_us "$b/hook_ext.php")" -v e="$empty" 'BEGIN {print p - e}')"
  row "$r" "$b" page_opensrs_adds "$(awk -v p="$(page_us "$b/hook_ext.php?api=opensrs")" -v e="$empty" 'BEGIN {print p - e}')"
}

measure_floors() { # round
  local f
  f=$(bench_floor https whmcs "$CALLS")
  row "$1" floor whmcs_call "${f%% *}"
  row "$1" floor whmcs_call_cpu "${f##* }"
  f=$(bench_floor https opensrs "$CALLS" ops)
  row "$1" floor opensrs_call "${f%% *}"
  row "$1" floor opensrs_call_cpu "${f##* }"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "ab: A = ${REV:0:12}, B = $B_NAME; $ROUNDS rounds on CPU $CPU" >&2
for r in $(seq "$ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then order=(a b); else order=(b a); fi
  measure_floors "$r"
  for b in "${order[@]}"; do
    measure_build "$r" "$b"
  done
  echo "ab: round $r of $ROUNDS done" >&2
done

php -n bench/ab_report.php "$RESULTS" "${REV:0:12}" "$B_NAME" \
  "$ROUNDS rounds, $CALLS calls and $REQUESTS page requests each; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after" \
  | tee "$OUT/ab.md"
