#!/usr/bin/env bash
# The secret matcher's benchmark, in one command: bench/mask.sh [--quick]
#
#   1. bench/mask_bench.c: a 1 MB body built to be as costly as we know how
#      (eight 128 KB parts, each aimed at one of 8 secrets), MB/s of CPU per
#      part and for the whole body, and for 1 MB of prose with no secret;
#   2. the floor it is compared with: libcurl (bench/floor.c, one kept
#      handle) receiving a 1 MB answer from php -S over loopback, wall and
#      CPU per call;
#   3. issue 16's two calls (bench/mask_issue.php), timed in-process;
#   4. callgrind instructions of those calls at their size and at twice it:
#      linear work doubles, quadratic quadruples.
# Results: stdout and bench/out/mask.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=9; CALLS=200
[ "${1:-}" = "--quick" ] && { RUNS=3; CALLS=50; }

scripts/build.sh >/dev/null
OUT=$ROOT/bench/out
mkdir -p "$OUT"
gcc -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Iext -o "$OUT/mask_bench" bench/mask_bench.c ext/mask.c
gcc -O2 -Wall -Wextra -o "$OUT/floor" bench/floor.c $(pkg-config --cflags --libs libcurl)
EXT=$ROOT/modules/whmcs_opensrs.so

W=$(mktemp -d /tmp/wo-mask-bench.XXXXXX)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$W"
}
trap cleanup EXIT

echo "== 1 MB adversarial body, 8 secrets (median of $RUNS scans, CPU time)"
"$OUT/mask_bench" "$RUNS" | tee "$W/matcher.txt"

echo "== libcurl receiving 1 MB over loopback ($CALLS calls on one handle)"
head -c 1048576 /dev/zero | tr '\0' 'x' > "$W/body.bin"
cat > "$W/router.php" <<'EOF'
<?php
header('Content-Type: application/octet-stream');
readfile(__DIR__ . '/body.bin');
EOF
port=$(php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
php -n -S "127.0.0.1:$port" "$W/router.php" >"$W/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  php -n -r "exit(@fsockopen('127.0.0.1', $port) ? 0 : 1);" && break
  sleep 0.1
done
: > "$W/empty"
read -r curl_wall curl_cpu < <("$OUT/floor" "http://127.0.0.1:$port/" "$W/empty" text/plain "$CALLS")
printf 'libcurl, 1 MB: %.0f us wall, %.0f us CPU per call\n' "$curl_wall" "$curl_cpu" | tee "$W/curl.txt"

echo "== issue 16's calls, in-process"
PHPX=(php -n -d "extension=$EXT")
{ "${PHPX[@]}" bench/mask_issue.php 32k; "${PHPX[@]}" bench/mask_issue.php spaces; } | tee "$W/issue.txt"

echo "== callgrind instructions of those calls, at their size and twice it"
cg() { # case size
  valgrind --tool=callgrind --callgrind-out-file="$W/cg.out" --toggle-collect='zif_WhmcsOpensrs_whmcs_api' \
    "${PHPX[@]}" bench/mask_issue.php "$1" "$2" 2>&1 | awk '/Collected/ {print $4}'
}
for c in "32k 32768" "spaces 16000"; do
  set -- $c
  one=$(cg "$1" "$2"); two=$(cg "$1" $(( $2 * 2 )))
  printf '%s: %s instructions at %s, %s at %s (x%.2f)\n' "$1" "$one" "$2" "$two" $(( $2 * 2 )) \
    "$(echo "$two / $one" | bc -l)" | tee -a "$W/scaling.txt"
done

all=$(awk '$1 == "all" {print $3}' "$W/matcher.txt")
prose=$(awk '$1 == "prose" {print $3}' "$W/matcher.txt")
{
  echo "# Secret masking benchmark"
  echo
  echo "bench/mask.sh, $(date -u +%Y-%m-%d), $(nproc) CPUs ($(uname -m)), $(php -n -r 'echo PHP_VERSION;')."
  echo
  echo '```'
  cat "$W/matcher.txt"
  echo
  cat "$W/curl.txt"
  echo
  cat "$W/issue.txt"
  cat "$W/scaling.txt"
  echo '```'
  echo
  printf 'Masking the 1 MB adversarial body: %.1f ms of CPU (%s MB/s); 1 MB with no secret: %.2f ms (%s MB/s).\n' \
    "$(echo "1.048576 / $all * 1000" | bc -l)" "$all" "$(echo "1.048576 / $prose * 1000" | bc -l)" "$prose"
  printf 'libcurl receiving 1 MB over loopback: %.2f ms wall, %.2f ms CPU.\n' \
    "$(echo "$curl_wall / 1000" | bc -l)" "$(echo "$curl_cpu / 1000" | bc -l)"
} > "$OUT/mask.md"
echo "== written to bench/out/mask.md"
