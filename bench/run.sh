#!/usr/bin/env bash
# The benchmark, in one command: bench/run.sh [--quick]
#
# Starts nginx on 127.0.0.1 (HTTP and HTTPS, a self-signed certificate made
# now) serving canned WHMCS and OpenSRS replies, and php8.2-fpm (one worker)
# behind it (bench/servers.sh); then measures, in this one run:
#   - one call, per API, over HTTP and HTTPS: the extension, userland PHP
#     (vendor sample; one reused handle) and a C libcurl keep-alive floor,
#     for OpenSRS also a C floor that signs and parses as any client must;
#   - the hook scenario: one call per fpm page request, driven by ab, and
#     the first and a second call of one page timed inside it;
#   - the codec against a pure-PHP codec and a bare libxml2 SAX2 pass;
#   - callgrind instructions of one decode; RSS over 100,000 calls.
# Everything (server, fpm, clients) is pinned to one CPU with taskset.
# Results: a table on stdout and bench/out/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1

CALLS=2000; RUNS=7; HOOK_REQUESTS=20000; VENDOR_HOOK_REQUESTS=2000; RSS_CALLS=100000
if [ $QUICK -eq 1 ]; then
  CALLS=300; RUNS=3; HOOK_REQUESTS=2000; VENDOR_HOOK_REQUESTS=300; RSS_CALLS=10000
fi
CPU=${BENCH_CPU:-1}

. bench/servers.sh
PIN=(taskset -c "$CPU")
BENCH_PIN="taskset -c $CPU"

# ---- packages ---------------------------------------------------------------
scripts/setup.sh
bench_packages nginx php8.2-fpm php8.2-curl php8.2-xml apache2-utils openssl gcc valgrind util-linux

# ---- builds -----------------------------------------------------------------
scripts/build.sh >/dev/null
OUT=$ROOT/bench/out
mkdir -p "$OUT"
gcc -O2 -Wall -Wextra -o "$OUT/floor" bench/floor.c $(pkg-config --cflags --libs libcurl libxml-2.0 libcrypto)
gcc -O2 -Wall -Wextra -o "$OUT/sax_floor" bench/sax_floor.c $(pkg-config --cflags --libs libxml-2.0)
EXT=$ROOT/modules/whmcs_opensrs.so
PHPX=(php -n -d "extension=$EXT" -d extension=curl -d extension=dom -d extension=xmlwriter)

# ---- servers ----------------------------------------------------------------
# One fpm pool, "main", whose pages are /main/hook_*.php.
bench_servers_start "$ROOT" "main=$EXT"
W=$BENCH_W

RESULTS=$OUT/results.jsonl
: > "$RESULTS"
# Sanity: every page answers before anything is timed.
for page in hook_empty.php hook_ext.php hook_vendor.php "hook_ext.php?api=opensrs" "hook_vendor.php?api=opensrs" \
    hook_probe.php "hook_probe.php?api=opensrs"; do
  body=$(curl -s "http://127.0.0.1:$HTTP_PORT/main/$page")
  case "$body" in ok|200) ;; *) echo "bench: /$page answered: $body"; cat "$W"/*error.log; exit 1 ;; esac
done

echo "bench: measuring (CPU $CPU, $CALLS calls x $RUNS runs)..." >&2

# ---- C floor ----------------------------------------------------------------
# "floor" only moves the bytes; "floor-ops" also signs each OpenSRS request
# and parses each reply with SAX2, the work no OpenSRS client can skip.
bench_bodies "$EXT"
for scheme in http https; do
  for impl in floor floor-ops; do
    for api in whmcs opensrs; do
      [ $impl = floor-ops ] && [ $api = whmcs ] && continue
      samples=()
      for _ in $(seq "$RUNS"); do
        samples+=("$(bench_floor $scheme $api "$CALLS" "${impl#floor}")")
      done
      printf '%s\n' "${samples[@]}" | php -n -r '
        $rows = array_map(fn ($l) => array_map("floatval", explode(" ", trim($l))), file("php://stdin", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
        $med = function ($i) use ($rows) { $v = array_column($rows, $i); sort($v); return $v[intdiv(count($v), 2)]; };
        echo json_encode(["kind" => "call", "api" => $argv[1], "scheme" => $argv[2], "impl" => $argv[3], "us" => $med(0), "cpu_us" => $med(1)]), "\n";' "$api" "$scheme" "$impl" >> "$RESULTS"
    done
  done
done

# ---- one call from PHP ------------------------------------------------------
"${PIN[@]}" "${PHPX[@]}" bench/calls.php "http://127.0.0.1:$HTTP_PORT" "https://127.0.0.1:$HTTPS_PORT" \
  "$CERT" "$CALLS" "$RUNS" >> "$RESULTS"

# ---- hook scenario ----------------------------------------------------------
hook() { # label path requests
  local out
  out=$("${PIN[@]}" ab -q -k -n "$3" -c 1 "http://127.0.0.1:$HTTP_PORT/main/$2" 2>&1)
  local failed rps tpr
  failed=$(echo "$out" | awk '/^Failed requests/ {print $3}')
  rps=$(echo "$out" | awk '/^Requests per second/ {print $4}')
  tpr=$(echo "$out" | awk '/^Time per request/ {print $4; exit}')
  [ "$failed" = "0" ] || { echo "bench: ab reported failures on $2"; echo "$out"; exit 1; }
  # A page that reconnects pays for a TCP connection the API call does not.
  [ "$(echo "$out" | awk '/^Keep-Alive requests/ {print $3}')" = "$3" ] \
    || { echo "bench: ab's connection was not kept alive on $2"; echo "$out"; exit 1; }
  echo "{\"kind\":\"hook\",\"page\":\"$1\",\"requests\":$3,\"rps\":$rps,\"ms_per_request\":$tpr}" >> "$RESULTS"
}
hook empty hook_empty.php "$HOOK_REQUESTS"
hook ext-whmcs hook_ext.php "$HOOK_REQUESTS"
hook ext-opensrs "hook_ext.php?api=opensrs" "$HOOK_REQUESTS"
# The first and a second call of one page, timed inside it: the same work,
# the first on the CPU caches the request around it has just used.
for api in whmcs opensrs; do
  rm -f "$W/probe-main.$api"
  "${PIN[@]}" ab -q -k -n "$HOOK_REQUESTS" -c 1 "http://127.0.0.1:$HTTP_PORT/main/hook_probe.php?api=$api" >/dev/null
  php -n -r '
    $rows = array_map(fn ($l) => explode(" ", $l), file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
    $med = function ($i) use ($rows) { $v = array_map("intval", array_column($rows, $i)); sort($v); return $v[intdiv(count($v), 2)] / 1000; };
    echo json_encode(["kind" => "probe", "api" => $argv[2], "first_us" => $med(0), "second_us" => $med(1)]), "\n";' \
    "$W/probe-main.$api" "$api" >> "$RESULTS"
done
hook vendor-whmcs hook_vendor.php "$VENDOR_HOOK_REQUESTS"
hook vendor-opensrs "hook_vendor.php?api=opensrs" "$VENDOR_HOOK_REQUESTS"

# ---- codec ------------------------------------------------------------------
CORPUS=${WO_CONFORMANCE_DIR:-$ROOT/../shared/conformance}
BIG=$CORPUS/opensrs/hamochi_domain.namesuggest.example1.xml
# Without the corpus, the suite's own reply of the same size and shape.
[ -f "$BIG" ] || BIG=$ROOT/tests/fixtures/ops/reply_namesuggest_49kb.xml
"${PIN[@]}" "${PHPX[@]}" bench/codec.php "$BIG" "$RUNS" | sed 's/^{/{"kind":"codec",/' >> "$RESULTS"
"${PHPX[@]}" -r 'echo WhmcsOpensrs\opensrs_ops_encode(["items" => array_map(fn ($i) => ["domain" => "name$i.example.com", "status" => $i % 3 ? "taken" : "available", "price" => "12.50"], range(0, 9999))]);' > "$W/gen.xml"
for f in "$BIG" "$W/gen.xml"; do
  case=namesuggest-49KB; [ "$f" = "$W/gen.xml" ] && case=generated-10000-items
  samples=()
  for _ in $(seq "$RUNS"); do samples+=("$("${PIN[@]}" "$OUT/sax_floor" "$f" $((2000000 / $(stat -c %s "$f") + 5)))"); done
  med=$(printf '%s\n' "${samples[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "{\"kind\":\"codec\",\"case\":\"$case\",\"impl\":\"sax-floor\",\"op\":\"decode\",\"us\":$med}" >> "$RESULTS"
done
for case in namesuggest-49KB generated-10000-items; do
  for impl in ext php; do
    for op in decode encode; do
      kb=$("${PHPX[@]}" bench/codec.php "$BIG" --peak "$case" "$impl" "$op")
      echo "{\"kind\":\"peak\",\"case\":\"$case\",\"impl\":\"$impl\",\"op\":\"$op\",\"kb\":$kb}" >> "$RESULTS"
    done
  done
done

# ---- instructions of one decode ----------------------------------------------
cat > "$W/decode_once.php" <<'EOF'
<?php
$xml = file_get_contents($argv[1]);
WhmcsOpensrs\opensrs_ops_decode($xml);
EOF
ir=$(valgrind --tool=callgrind --callgrind-out-file="$W/cg.ext" --toggle-collect=zif_WhmcsOpensrs_opensrs_ops_decode \
  php -n -d "extension=$EXT" "$W/decode_once.php" "$BIG" 2>&1 | awk '/Collected/ {print $4}')
ir_floor=$(valgrind --tool=callgrind --callgrind-out-file="$W/cg.floor" --toggle-collect=xmlParseDocument \
  "$OUT/sax_floor" "$BIG" 1 2>&1 | awk '/Collected/ {print $4}')
echo "{\"kind\":\"callgrind\",\"ext_decode_ir\":$ir,\"sax_floor_ir\":$ir_floor}" >> "$RESULTS"

# ---- RSS over many calls -------------------------------------------------------
"${PIN[@]}" "${PHPX[@]}" bench/calls.php "http://127.0.0.1:$HTTP_PORT" "https://127.0.0.1:$HTTPS_PORT" \
  "$CERT" "$RSS_CALLS" 1 rss >> "$RESULTS"

php -n bench/report.php "$RESULTS" "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" | tee "$OUT/results.md"
