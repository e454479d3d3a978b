#!/usr/bin/env bash
# A against B on the same servers, in one run: bench/ab.sh [options] REV
#
# A is REV (any git revision, built from `git archive` in bench/out/ab/, kept
# there for the next run), B the working tree (scripts/build.sh). Both are
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
[ $# -eq 1 ] || { echo "usage: bench/ab.sh [--rounds N] [--calls N] [--requests N] REV" >&2; exit 2; }
REV=$(git rev-parse --verify "$1^{commit}")
CPU=${BENCH_CPU:-1}
BENCH_PIN="taskset -c $CPU"
PIN=(taskset -c "$CPU")

. bench/servers.sh
scripts/setup.sh
bench_packages nginx php8.2-fpm php8.2-curl php8.2-xml apache2-utils openssl gcc util-linux

# ---- builds -----------------------------------------------------------------
OUT=$ROOT/bench/out
A_DIR=$OUT/ab/${REV:0:12}
if [ ! -f "$A_DIR/modules/whmcs_opensrs.so" ]; then
  echo "ab: building ${REV:0:12} in $A_DIR" >&2
  rm -rf "$A_DIR"
  mkdir -p "$A_DIR"
  git archive "$REV" | tar -x -C "$A_DIR"
  log=$OUT/ab/build.log
  (cd "$A_DIR" && phpize && ./configure --enable-whmcs-opensrs && make -j"$(nproc)") >"$log" 2>&1 \
    || { tail -n 40 "$log"; exit 1; }
fi
scripts/build.sh >/dev/null
gcc -O2 -Wall -Wextra -o "$OUT/floor" bench/floor.c $(pkg-config --cflags --libs libcurl libxml-2.0 libcrypto)

bench_servers_start "$ROOT" "a=$A_DIR/modules/whmcs_opensrs.so" "b=$ROOT/modules/whmcs_opensrs.so"
W=$BENCH_W
cp "$A_DIR/modules/whmcs_opensrs.so" "$W/a.so"
cp modules/whmcs_opensrs.so "$W/b.so"
for pool in a b; do
  for page in hook_empty.php hook_ext.php "hook_ext.php?api=opensrs"; do
    body=$(curl -s "http://127.0.0.1:$HTTP_PORT/$pool/$page")
    case "$body" in ok|200) ;; *) echo "ab: /$pool/$page answered: $body"; cat "$W"/*error.log; exit 1 ;; esac
  done
done
printf 'action=DeleteUserClient&user_id=2&client_id=5&identifier=bench-identifier&secret=bench-secret&responsetype=json' > "$W/whmcs.body"
php -n -d "extension=$W/b.so" -r 'echo WhmcsOpensrs\opensrs_ops_encode(["protocol" => "XCP", "action" => "delete", "object" => "subuser", "domain" => "example.com", "username" => "domainowner", "attributes" => ["domain" => "example.com", "sub_id" => 2532880]]);' > "$W/opensrs.body"

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
    echo json_encode(["round" => (int) $argv[2], "build" => $argv[3], "metric" => "{$j["api"]}_call", "us" => $j["us"]]), "\n"; }' \
    "$W/calls.json" "$r" "$b" >> "$RESULTS"
  empty=$(page_us "$b/hook_empty.php")
  row "$r" "$b" page_empty "$empty"
  row "$r" "$b" page_whmcs_adds "$(awk -v p="$(page_us "$b/hook_ext.php")" -v e="$empty" 'BEGIN {print p - e}')"
  row "$r" "$b" page_opensrs_adds "$(awk -v p="$(page_us "$b/hook_ext.php?api=opensrs")" -v e="$empty" 'BEGIN {print p - e}')"
}

measure_floors() { # round
  local f
  f=$("${PIN[@]}" "$OUT/floor" "$(bench_url https whmcs)" "$W/whmcs.body" application/x-www-form-urlencoded "$CALLS" "$CERT" 0)
  row "$1" floor whmcs_call "${f%% *}"
  f=$("${PIN[@]}" "$OUT/floor" "$(bench_url https opensrs)" "$W/opensrs.body" text/xml "$CALLS" "$CERT" 100 bench-opensrs-key)
  row "$1" floor opensrs_call "${f%% *}"
}

echo "ab: A = ${REV:0:12}, B = working tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ext || echo ' plus changes')); $ROUNDS rounds on CPU $CPU" >&2
for r in $(seq "$ROUNDS"); do
  if [ $((r % 2)) -eq 1 ]; then order=(a b); else order=(b a); fi
  measure_floors "$r"
  for b in "${order[@]}"; do
    measure_build "$r" "$b"
  done
  echo "ab: round $r of $ROUNDS done" >&2
done

php -n bench/ab_report.php "$RESULTS" "${REV:0:12}" "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- ext || echo '+')" \
  "$ROUNDS rounds, $CALLS calls and $REQUESTS page requests each; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT/ab.md"
