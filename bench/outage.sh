#!/usr/bin/env bash
# The circuit breaker's benchmark, in one command: bench/outage.sh [--quick]
#
# nginx on 127.0.0.1 in front of php8.2-fpm (a static pool of 8 workers)
# serving bench/pages/outage.php, a page that makes one OpenSRS call (as a
# WHMCS hook does) to tests/servers/outage.php. Pages are requested at a
# steady RATE a second (visitors arrive whatever the server does); after
# WARM seconds the API server drops every connection attempt (a full
# accept queue: the SYNs go unanswered, as when a host is down) for OUTAGE
# seconds, then comes back, and the run goes on for AFTER seconds. Once
# with the breaker on, once off, with the extension's defaults otherwise
# (connect_timeout 10 s, breaker_failures 3, breaker_cooldown 30 s).
# Results: a table on stdout and bench/out/outage.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RATE=${OUTAGE_RATE:-8}; WARM=10; OUTAGE=60; AFTER=50; WORKERS=8
CONNECT_TIMEOUT=10; COOLDOWN=30; FAILURES=3
if [ "${1:-}" = "--quick" ]; then
  OUTAGE=20; AFTER=25; COOLDOWN=10; CONNECT_TIMEOUT=3
fi

# ---- packages ---------------------------------------------------------------
scripts/setup.sh nginx
scripts/build.sh >/dev/null
EXT=$ROOT/modules/whmcs_opensrs.so
OUT=$ROOT/bench/out
mkdir -p "$OUT"
# Pages left waiting during the outage each hold a socket, twice.
ulimit -n 8192 2>/dev/null || true

W=$(mktemp -d /tmp/wo-outage.XXXXXX)
chmod 755 "$W"
stop_fpm() {
  if [ -f "$W/fpm.pid" ]; then
    kill "$(cat "$W/fpm.pid")" 2>/dev/null || true
    for _ in $(seq 50); do [ -f "$W/fpm.pid" ] || break; sleep 0.1; done
  fi
}
cleanup() {
  stop_fpm
  [ -f "$W/nginx.pid" ] && kill "$(cat "$W/nginx.pid")" 2>/dev/null || true
  exec 3>&- 2>/dev/null || true
  sleep 0.2
  rm -rf "$W"
}
trap cleanup EXIT

# ---- the API server: it exits when its stdin (fd 3 here) closes ---------------
mkfifo "$W/outage.in"
php -n tests/servers/outage.php "{\"control\": \"$W/control\"}" <"$W/outage.in" >"$W/outage.port" 2>"$W/outage.err" &
exec 3>"$W/outage.in"
for _ in $(seq 100); do grep -q '^port ' "$W/outage.port" 2>/dev/null && break; sleep 0.05; done
API_PORT=$(awk '/^port/ {print $2}' "$W/outage.port")
[ -n "$API_PORT" ] || { echo "outage: the API server did not start"; cat "$W/outage.err"; exit 1; }

free_port() { php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'; }
HTTP_PORT=$(free_port)
mkdir -p "$W/tmp"
cat > "$W/nginx.conf" <<CONF
worker_processes 1;
worker_rlimit_nofile 8192;
error_log $W/nginx-error.log;
pid $W/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  # Every temporary file in $W, none in the system's nginx directories.
  client_body_temp_path $W/tmp; fastcgi_temp_path $W/tmp; proxy_temp_path $W/tmp; uwsgi_temp_path $W/tmp; scgi_temp_path $W/tmp;
  server {
    listen 127.0.0.1:$HTTP_PORT backlog=4096;
    location = /outage.php {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $ROOT/bench/pages/outage.php;
      fastcgi_pass unix:$W/fpm.sock;
    }
  }
}
CONF
nginx -c "$W/nginx.conf" -p "$W" 2>/dev/null

start_fpm() { # breaker: 1 or 0
  cat > "$W/fpm.conf" <<CONF
[global]
pid = $W/fpm.pid
error_log = $W/fpm-error.log
daemonize = yes
[outage]
user = $(id -un)
listen = $W/fpm.sock
listen.mode = 0666
listen.backlog = 4096
pm = static
pm.max_children = $WORKERS
pm.max_requests = 0
CONF
  php-fpm8.2 -R -y "$W/fpm.conf" -d "extension=$EXT" \
    -d "opensrs.endpoint=http://127.0.0.1:$API_PORT" -d opensrs.reseller_username=benchreseller \
    -d opensrs.api_key=bench-opensrs-key -d "opensrs.connect_timeout=$CONNECT_TIMEOUT" \
    -d "whmcs_opensrs.breaker=$1" -d "whmcs_opensrs.breaker_failures=$FAILURES" \
    -d "whmcs_opensrs.breaker_cooldown=$COOLDOWN"
  for _ in $(seq 50); do [ -S "$W/fpm.sock" ] && break; sleep 0.1; done
  body=$(curl -s "http://127.0.0.1:$HTTP_PORT/outage.php")
  case "$body" in *'"outcome":"ok"'*) ;; *) echo "outage: the page answered: $body"; cat "$W"/*error.log; exit 1 ;; esac
}

RESULTS=$OUT/outage.jsonl
: > "$RESULTS"
for breaker in 1 0; do
  label=on; [ $breaker = 0 ] && label=off
  echo "outage: breaker $label: $RATE pages/s, ${WARM} s up, ${OUTAGE} s down, ${AFTER} s up again..." >&2
  start_fpm $breaker
  php -n bench/outage.php run "http://127.0.0.1:$HTTP_PORT/outage.php" "$W/control" "$RATE" "$WARM" "$OUTAGE" "$AFTER" \
    "$OUT/outage-$label.jsonl"
  stop_fpm
  php -n bench/outage.php report "$label" "$CONNECT_TIMEOUT" "$COOLDOWN" "$FAILURES" "$OUT/outage-$label.jsonl" >> "$RESULTS"
done

php -n -r '
  $rows = array_map(fn ($l) => json_decode($l, true), file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
  $col = fn ($k) => array_map(fn ($r) => $r[$k], $rows);
  $lines = [
    "| during the outage | breaker on | breaker off |", "|---|---|---|",
    "| pages requested | " . implode(" | ", $col("requested")) . " |",
    "| pages served (HTTP 200 from the page) | " . implode(" | ", $col("served")) . " |",
    "| pages that waited for a timeout | " . implode(" | ", $col("waited")) . " |",
    "| ... per cooldown window | " . implode(" | ", array_map(fn ($r) => implode(", ", $r["waited_per_cooldown"]), $rows)) . " |",
    "| median page time | " . implode(" | ", array_map(fn ($v) => "$v ms", $col("median_ms"))) . " |",
    "| 99th-percentile page time | " . implode(" | ", array_map(fn ($v) => "$v ms", $col("p99_ms"))) . " |",
    "| calls refused at once (UnavailableException) | " . implode(" | ", $col("refused_calls")) . " |",
    "| ... their call time, p99 / max | " . implode(" | ", array_map(fn ($r) => $r["refused_calls"] ? "{$r["refused_p99_us"]} / {$r["refused_max_us"]} us" : "-", $rows)) . " |",
    "| recovery to first successful call | " . implode(" | ", array_map(fn ($v) => $v === null ? "none" : "$v s", $col("recovery_s"))) . " |",
  ];
  echo implode("\n", $lines), "\n";' "$RESULTS" | tee "$OUT/outage.md"
echo "($WORKERS fpm workers, $RATE pages/s, ${OUTAGE} s outage, connect_timeout ${CONNECT_TIMEOUT} s, breaker_failures $FAILURES, breaker_cooldown ${COOLDOWN} s; $(nproc) cores)" | tee -a "$OUT/outage.md"
