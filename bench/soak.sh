#!/usr/bin/env bash
# The soak, in one command: bench/soak.sh [CALLS]
#
# Builds the extension, then runs bench/soak.php (CALLS calls, 100,000 by
# default, both APIs, successes and error answers mixed) three times:
#   1. plain HTTP over kept connections (whmcs_opensrs.persistent=1, the default)
#   2. plain HTTP with a new connection per call (whmcs_opensrs.persistent=0)
#   3. TLS over kept connections, with a certificate for 127.0.0.1 made now
# Each run prints RSS, open file descriptors and PHP's heap at the start and
# every 10,000 calls, and fails if any of them grew. Exits non-zero when a
# run failed. Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-100000}

scripts/build.sh >/dev/null
module=$(pwd)/modules/whmcs_opensrs.so

certs=$(mktemp -d "${TMPDIR:-/tmp}/wo-soak.XXXXXX")
trap 'rm -rf "$certs"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 \
  -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$certs/key.pem" -out "$certs/cert.pem" 2>/dev/null

status=0
run() {
  echo "=== $1"; shift
  php -n -d extension="$module" "$@" || status=1
  echo
}
run "plain HTTP, kept connections" bench/soak.php "$calls"
run "plain HTTP, a new connection per call" -d whmcs_opensrs.persistent=0 bench/soak.php "$calls"
run "TLS, kept connections" bench/soak.php "$calls" "$certs/cert.pem" "$certs/key.pem"
exit $status
