#!/usr/bin/env bash
# The many-calls benchmark: bench/many.sh [--quick]
#
# Starts bench/many_server.php (an OpenSRS on 127.0.0.1 that answers each
# command 100 ms after it arrived, over any number of kept connections)
# and runs bench/many.php against it: 50 commands one after another, with
# WhmcsOpensrs\opensrs_request_many() at concurrency 4 and 8, and with
# ext/curl's multi interface and DOM, in interleaved rounds. Prints the
# table and writes it to bench/out/many.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS=7; CALLS=50; DELAY_MS=100
[ "${1:-}" = "--quick" ] && ROUNDS=2

scripts/setup.sh
need=()
for p in php8.2-curl php8.2-xml; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi
scripts/build.sh >/dev/null
OUT=$ROOT/bench/out
mkdir -p "$OUT"

# The server lives as long as its stdin: the pipe closes when this script ends.
exec 3> >(php -n bench/many_server.php "$DELAY_MS" >"$OUT/many_server.port")
for _ in $(seq 50); do
  grep -q '^port ' "$OUT/many_server.port" 2>/dev/null && break
  sleep 0.1
done
PORT=$(sed -n 's/^port //p' "$OUT/many_server.port")
[ -n "$PORT" ] || { echo "bench/many.sh: the server did not start" >&2; exit 1; }

php -n -d "extension=$ROOT/modules/whmcs_opensrs.so" -d extension=curl -d extension=dom \
  bench/many.php "http://127.0.0.1:$PORT/" "$CALLS" "$DELAY_MS" "$ROUNDS" "$OUT/many.md"
exec 3>&-
