#!/usr/bin/env bash
# Installs, on Debian 12, the packages the build, the tests and the bundled
# servers need, and those named as arguments (a benchmark's: nginx ...).
# Does nothing, and says nothing, when they are all there.
set -euo pipefail

# php8.2-fpm: the circuit breaker test runs a PHP-FPM pool.
packages=(php8.2-dev php8.2-cli php8.2-xml php8.2-fpm php-pear php-parser libcurl4-openssl-dev libxml2-dev
          pkg-config make gcc openssl valgrind "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# apt's own output only when it fails: a first run takes a minute or two.
echo "setup: installing packages: ${missing[*]}"
echo "setup: apt-get update"
$sudo apt-get update -q >"$log" 2>&1 || { cat "$log"; exit 1; }
echo "setup: apt-get install"
# Packages must not start their services (php8.2-fpm's pool): tests start
# their own, on 127.0.0.1 and in temporary directories.
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
  $sudo chmod +x /usr/sbin/policy-rc.d
  policy_added=1
fi
rc=0
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >"$log" 2>&1 || rc=$?
[ $policy_added -eq 1 ] && $sudo rm -f /usr/sbin/policy-rc.d
[ $rc -eq 0 ] || { tail -n 40 "$log"; exit 1; }
echo "setup: packages installed (${SECONDS} s)"
