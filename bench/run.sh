#!/usr/bin/env bash
# The benchmark, in one command: bench/run.sh [--quick]
#
# Starts nginx on 127.0.0.1 (HTTP and HTTPS, a self-signed certificate made
# now) serving canned WHMCS and OpenSRS replies, and php8.2-fpm (one worker)
# behind it; then measures, in this one run:
#   - one call, per API, over HTTP and HTTPS: the extension, userland PHP
#     (vendor sample; one reused handle) and a C libcurl keep-alive floor;
#   - the hook scenario: one call per fpm page request, driven by ab;
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

# ---- packages ---------------------------------------------------------------
scripts/setup.sh
need=()
for p in nginx php8.2-fpm php8.2-curl php8.2-xml apache2-utils openssl gcc valgrind util-linux; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # Packages must not start their services: ours run on 127.0.0.1 only.
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod +x /usr/sbin/policy-rc.d
    policy_added=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
  [ $policy_added -eq 1 ] && $sudo rm -f /usr/sbin/policy-rc.d
fi

# ---- builds -----------------------------------------------------------------
scripts/build.sh >/dev/null
OUT=$ROOT/bench/out
mkdir -p "$OUT"
gcc -O2 -Wall -Wextra -o "$OUT/floor" bench/floor.c $(pkg-config --cflags --libs libcurl)
gcc -O2 -Wall -Wextra -o "$OUT/sax_floor" bench/sax_floor.c $(pkg-config --cflags --libs libxml-2.0)
EXT=$ROOT/modules/whmcs_opensrs.so
PHPX=(php -n -d "extension=$EXT" -d extension=curl -d extension=dom -d extension=xmlwriter)
PIN=(taskset -c "$CPU")

# ---- servers ----------------------------------------------------------------
W=$(mktemp -d /tmp/wo-bench.XXXXXX)
chmod 755 "$W"   # nginx's workers run unprivileged and must reach fpm's socket
cleanup() {
  [ -f "$W/nginx.pid" ] && kill "$(cat "$W/nginx.pid")" 2>/dev/null || true
  [ -f "$W/fpm.pid" ] && kill "$(cat "$W/fpm.pid")" 2>/dev/null || true
  sleep 0.2
  rm -rf "$W"
}
trap cleanup EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$W/key.pem" -out "$W/cert.pem" 2>/dev/null

free_port() { php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'; }
HTTP_PORT=$(free_port); HTTPS_PORT=$(free_port)
while [ "$HTTPS_PORT" = "$HTTP_PORT" ]; do HTTPS_PORT=$(free_port); done

OPS_REPLY=$(php -n -d "extension=$EXT" -r 'echo str_replace(["\n", "\x27"], ["", "\""], WhmcsOpensrs\opensrs_ops_encode(["protocol" => "XCP", "action" => "REPLY", "object" => "SUBUSER", "is_success" => "1", "response_code" => "200", "response_text" => "Command completed successfully"]));')
mkdir -p "$W/tmp"
cat > "$W/nginx.conf" <<EOF
worker_processes 1;
error_log $W/nginx-error.log;
pid $W/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $W/tmp;
  fastcgi_temp_path $W/tmp;
  proxy_temp_path $W/tmp;
  uwsgi_temp_path $W/tmp;
  scgi_temp_path $W/tmp;
  keepalive_requests 10000000;
  keepalive_timeout 300s;
  ssl_protocols TLSv1.2 TLSv1.3;
  # As production servers do: a reconnecting client resumes its TLS session.
  ssl_session_cache shared:SSL:10m;
  server {
    listen 127.0.0.1:$HTTP_PORT;
    listen 127.0.0.1:$HTTPS_PORT ssl;
    ssl_certificate $W/cert.pem;
    ssl_certificate_key $W/key.pem;
    location = /includes/api.php {
      default_type application/json;
      return 200 '{"result":"success"}';
    }
    location = /opensrs {
      default_type text/xml;
      return 200 '$OPS_REPLY';
    }
    location ~ ^/hook_[a-z]+\.php\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $ROOT/bench/pages\$fastcgi_script_name;
      fastcgi_pass unix:$W/fpm.sock;
      fastcgi_keep_conn on;
    }
  }
}
EOF
cat > "$W/fpm.conf" <<EOF
[global]
pid = $W/fpm.pid
error_log = $W/fpm-error.log
daemonize = yes
[bench]
user = $(id -un)
listen = $W/fpm.sock
listen.mode = 0666
pm = static
pm.max_children = 1
pm.max_requests = 0
env[BENCH_WHMCS_IDENTIFIER] = bench-identifier
env[BENCH_WHMCS_SECRET] = bench-secret
env[BENCH_OPENSRS_KEY] = bench-opensrs-key
EOF

"${PIN[@]}" nginx -c "$W/nginx.conf" -p "$W" 2>/dev/null
"${PIN[@]}" php-fpm8.2 -R -y "$W/fpm.conf" -d "extension=$EXT" \
  -d "whmcs.url=https://127.0.0.1:$HTTPS_PORT/includes/api.php" \
  -d whmcs.identifier=bench-identifier -d whmcs.secret=bench-secret -d "whmcs.ca_file=$W/cert.pem" \
  -d "opensrs.endpoint=https://127.0.0.1:$HTTPS_PORT/opensrs" -d opensrs.reseller_username=benchreseller \
  -d opensrs.api_key=bench-opensrs-key -d "opensrs.ca_file=$W/cert.pem"
for _ in $(seq 50); do [ -S "$W/fpm.sock" ] && [ -f "$W/nginx.pid" ] && break; sleep 0.1; done

RESULTS=$OUT/results.jsonl
: > "$RESULTS"
url_for() { # scheme api
  local port=$HTTP_PORT; [ "$1" = https ] && port=$HTTPS_PORT
  local path=/includes/api.php; [ "$2" = opensrs ] && path=/opensrs
  echo "$1://127.0.0.1:$port$path"
}

# Sanity: every page answers before anything is timed.
for page in hook_empty.php hook_ext.php hook_vendor.php "hook_ext.php?api=opensrs" "hook_vendor.php?api=opensrs"; do
  body=$(curl -s "http://127.0.0.1:$HTTP_PORT/$page")
  case "$body" in ok|200) ;; *) echo "bench: /$page answered: $body"; cat "$W"/*error.log; exit 1 ;; esac
done

echo "bench: measuring (CPU $CPU, $CALLS calls x $RUNS runs)..." >&2

# ---- C floor ----------------------------------------------------------------
printf 'action=DeleteUserClient&user_id=2&client_id=5&identifier=bench-identifier&secret=bench-secret&responsetype=json' > "$W/whmcs.body"
php -n -d "extension=$EXT" -r 'echo WhmcsOpensrs\opensrs_ops_encode(["protocol" => "XCP", "action" => "delete", "object" => "subuser", "domain" => "example.com", "username" => "domainowner", "attributes" => ["domain" => "example.com", "sub_id" => 2532880]]);' > "$W/opensrs.body"
for scheme in http https; do
  for api in whmcs opensrs; do
    # OpenSRS refuses a connection's 101st command: the floor, like the
    # extension, reconnects after 100.
    ct=application/x-www-form-urlencoded; limit=0
    [ $api = opensrs ] && { ct=text/xml; limit=100; }
    samples=()
    for _ in $(seq "$RUNS"); do
      samples+=("$("${PIN[@]}" "$OUT/floor" "$(url_for $scheme $api)" "$W/$api.body" "$ct" "$CALLS" "$W/cert.pem" "$limit")")
    done
    printf '%s\n' "${samples[@]}" | php -n -r '
      $rows = array_map(fn ($l) => array_map("floatval", explode(" ", trim($l))), file("php://stdin", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
      $med = function ($i) use ($rows) { $v = array_column($rows, $i); sort($v); return $v[intdiv(count($v), 2)]; };
      echo json_encode(["kind" => "call", "api" => $argv[1], "scheme" => $argv[2], "impl" => "floor", "us" => $med(0), "cpu_us" => $med(1)]), "\n";' "$api" "$scheme" >> "$RESULTS"
  done
done

# ---- one call from PHP ------------------------------------------------------
"${PIN[@]}" "${PHPX[@]}" bench/calls.php "http://127.0.0.1:$HTTP_PORT" "https://127.0.0.1:$HTTPS_PORT" \
  "$W/cert.pem" "$CALLS" "$RUNS" >> "$RESULTS"

# ---- hook scenario ----------------------------------------------------------
hook() { # label path requests
  local out
  out=$("${PIN[@]}" ab -q -k -n "$3" -c 1 "http://127.0.0.1:$HTTP_PORT/$2" 2>&1)
  local failed rps tpr
  failed=$(echo "$out" | awk '/^Failed requests/ {print $3}')
  rps=$(echo "$out" | awk '/^Requests per second/ {print $4}')
  tpr=$(echo "$out" | awk '/^Time per request/ {print $4; exit}')
  [ "$failed" = "0" ] || { echo "bench: ab reported failures on $2"; echo "$out"; exit 1; }
  echo "{\"kind\":\"hook\",\"page\":\"$1\",\"requests\":$3,\"rps\":$rps,\"ms_per_request\":$tpr}" >> "$RESULTS"
}
hook empty hook_empty.php "$HOOK_REQUESTS"
hook ext-whmcs hook_ext.php "$HOOK_REQUESTS"
hook ext-opensrs "hook_ext.php?api=opensrs" "$HOOK_REQUESTS"
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
  "$W/cert.pem" "$RSS_CALLS" 1 rss >> "$RESULTS"

php -n bench/report.php "$RESULTS" "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" | tee "$OUT/results.md"
