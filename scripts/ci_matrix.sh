#!/usr/bin/env bash
# The PHPT suite on the PHP versions Debian 12 does not ship: 8.4 (Debian
# unstable), 8.5 and 8.6 (experimental), each built with unstable's GCC,
# libxml2, libcurl and OpenSSL, in a debootstrap chroot that is made when
# missing and reused when present. Runs as root (chroot, mount).
#
#   scripts/ci_matrix.sh LOG SUMMARY   append every run-tests report to LOG and
#                                      one "PHP 8.x: N passed, N failed" line
#                                      per version to SUMMARY; exit 1 if any
#                                      build warned or any test failed
#   scripts/ci_matrix.sh --prepare     only make or update the chroot (CI
#                                      starts this early, in the background)
#   scripts/ci_matrix.sh --tally LOG   print "N passed, N failed" for LOG
#
# WO_CI_CHROOT (default /var/cache/whmcs-opensrs-ci/sid) is where the chroot
# lives; WO_CI_PHP (default "8.4 8.5 8.6") the versions; WO_CI_VALGRIND the
# one also run under valgrind (default 8.5: as clean under valgrind as
# 8.4 and 8.6 in our runs, and released, where 8.6 is a release candidate).
set -uo pipefail
cd "$(dirname "$0")/.."

tally() {
  awk -F: '/^Tests passed/ {split($2, a, " "); p += a[1]}
           /^Tests (failed|leaked|borked)/ {split($2, a, " "); f += a[1]}
           END {printf "%d passed, %d failed\n", p, f}' "$1"
}
if [ "${1:-}" = "--tally" ]; then
  tally "$2"
  exit 0
fi
PREPARE=0
if [ "${1:-}" = "--prepare" ]; then
  PREPARE=1
elif [ $# -ne 2 ]; then
  echo "usage: $0 LOG SUMMARY | --prepare | --tally LOG" >&2
  exit 2
fi
LOG=${1:-}
SUMMARY=${2:-}
CHROOT=${WO_CI_CHROOT:-/var/cache/whmcs-opensrs-ci/sid}
read -r -a VERSIONS <<<"${WO_CI_PHP:-8.4 8.5 8.6}"
VALGRIND=${WO_CI_VALGRIND:-8.5}
CORPUS=${WO_CONFORMANCE_DIR:-$(pwd)/../shared/conformance}

# gcc is unstable's newest; the older ones only compile, to show no warning.
OLDER_GCC=(gcc-13 gcc-14 gcc-15)
packages=(gcc "${OLDER_GCC[@]}" make pkg-config libcurl4-openssl-dev libxml2-dev openssl valgrind procps)
for v in "${VERSIONS[@]}"; do
  packages+=("php$v-dev" "php$v-cli" "php$v-xml" "php$v-fpm")
done

# The archive this machine's own apt uses (deb822 first, then sources.list).
mirror() {
  local m
  m=$(awk '/^URIs:/ {uri = $2} /^Suites:/ {suites = $0}
           /^$/ {if (uri != "" && suites !~ /security/) {print uri; exit} uri = ""; suites = ""}
           END {if (uri != "" && suites !~ /security/) print uri}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
  [ -n "$m" ] || m=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' \
                       /etc/apt/sources.list 2>/dev/null | head -n 1)
  [ -n "$m" ] || { echo "ci_matrix: no Debian mirror in /etc/apt" >&2; return 1; }
  echo "$m"
}

# Made in a .tmp directory and renamed once debootstrap has finished, so a
# half-made chroot is never reused.
make_chroot() {
  local url=$1
  [ -d "$CHROOT" ] && return 0
  command -v debootstrap >/dev/null \
    || DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q debootstrap >/dev/null
  # What an interrupted debootstrap left mounted goes before its files.
  awk -v p="$CHROOT.tmp/" 'index($2, p) == 1 {print $2}' /proc/mounts | sort -r | xargs -r -n 1 umount -l
  rm -rf --one-file-system "$CHROOT.tmp"
  mkdir -p "$(dirname "$CHROOT")"
  echo "ci_matrix: debootstrap of Debian unstable from $url"
  debootstrap --variant=minbase --include=ca-certificates sid "$CHROOT.tmp" "$url" \
    >"$(dirname "$CHROOT")/debootstrap.log" 2>&1 \
    || { tail -n 20 "$(dirname "$CHROOT")/debootstrap.log"; return 1; }
  mv "$CHROOT.tmp" "$CHROOT"
}

mounted=()
mount_fs() {
  local fs
  # The chroot's root as a mount point of its own: unshare -m (a test's
  # private mount namespace) needs one, and a chroot allows no user namespace.
  if ! mountpoint -q "$CHROOT"; then
    mount --bind "$CHROOT" "$CHROOT" && mounted=("$CHROOT" "${mounted[@]}")
  fi
  # What the chroot sees, not what /proc/mounts lists: a mount left by an
  # interrupted run lies hidden under the bind above, and mountpoint(1)
  # still reports it. Tests read /proc/self/maps and open ptys.
  [ -e "$CHROOT/proc/self/maps" ] || { mount -t proc proc "$CHROOT/proc" && mounted=("$CHROOT/proc" "${mounted[@]}"); }
  [ -e "$CHROOT/dev/pts/ptmx" ] || { mkdir -p "$CHROOT/dev/pts"; mount --bind /dev/pts "$CHROOT/dev/pts" \
    && mounted=("$CHROOT/dev/pts" "${mounted[@]}"); }
  [ -e "$CHROOT/proc/self/maps" ] || { echo "ci_matrix: /proc is not visible in the chroot" >&2; return 1; }
}
unmount_fs() {
  local m
  for m in "${mounted[@]}"; do umount "$m" || umount -l "$m"; done
  mounted=()
}

# apt in the chroot: unstable, and experimental for the PHP versions only.
# The archive served here can be older than its Release files' Valid-Until.
provision() {
  local url=$1 want have
  want="$url ${packages[*]}"
  have=$(cat "$CHROOT/etc/whmcs-opensrs-ci.installed" 2>/dev/null || true)
  [ "$want" = "$have" ] && return 0
  printf 'deb %s sid main\ndeb %s experimental main\n' "$url" "$url" >"$CHROOT/etc/apt/sources.list"
  echo 'Acquire::Check-Valid-Until "false";' >"$CHROOT/etc/apt/apt.conf.d/99whmcs-opensrs-ci"
  printf 'Package: php8.5* php8.6*\nPin: release a=experimental\nPin-Priority: 500\n' \
    >"$CHROOT/etc/apt/preferences.d/whmcs-opensrs-ci"
  # php-fpm's packages must not start a pool in the chroot: the tests start
  # their own.
  printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
  chmod +x "$CHROOT/usr/sbin/policy-rc.d"
  echo "ci_matrix: installing ${packages[*]}"
  chroot "$CHROOT" apt-get update -q >/dev/null || return 1
  chroot "$CHROOT" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${packages[@]}" >/dev/null || return 1
  chroot "$CHROOT" apt-get clean
  echo "$want" >"$CHROOT/etc/whmcs-opensrs-ci.installed"
}

# A copy of the working tree (tracked and new files, no build products) per
# version, since phpize builds in the tree; the corpus beside it as in CI.
copy_tree() {
  local dest=$CHROOT/build/$1
  rm -rf --one-file-system "$dest"
  mkdir -p "$dest"
  git ls-files -z --cached --others --exclude-standard | xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' _ \
    | tar --null -T - -cf - | tar -xf - -C "$dest"
  rm -rf "$CHROOT/build/shared"
  if [ -d "$CORPUS" ]; then
    mkdir -p "$CHROOT/build/shared"
    cp -r "$CORPUS" "$CHROOT/build/shared/conformance"
  fi
}

# Builds in the chroot. A warning in our sources fails the version; one in
# PHP's own headers is shown, not ours to fix (PHP 8.5.7's zend_operators.h
# has an unused parameter that -Wextra reports).
build() { # directory under /build, PHP version, [compiler]
  local dir=$1 v=$2 cc=${3:-gcc} out ours theirs
  out=$(chroot "$CHROOT" sh -c "cd /build/$dir && phpize$v >/dev/null \
    && CC=$cc ./configure --with-php-config=php-config$v --enable-whmcs-opensrs >/dev/null \
    && make -j$(nproc) 2>&1 >/dev/null") || { echo "$out"; echo "PHP $v, $cc: build failed"; return 1; }
  ours=$(printf '%s\n' "$out" | grep -i 'warning:' | grep "^/build/$dir/" || true)
  theirs=$(printf '%s\n' "$out" | grep -i 'warning:' | grep -v "^/build/$dir/" | sort -u || true)
  [ -z "$theirs" ] || printf 'PHP %s, %s: warnings in headers that are not ours:\n%s\n' "$v" "$cc" "$theirs"
  if [ -n "$ours" ]; then
    echo "$out"
    echo "PHP $v, $cc: the build warned"
    return 1
  fi
}

suite() { # version [run-tests arguments]
  local v=$1; shift
  chroot "$CHROOT" env NO_INTERACTION=1 sh -c "cd /build/$v && make test TESTS='-j$(nproc) -q --show-diff $* tests/'" \
    2>&1 | tee -a "$LOG" "$CHROOT/build/$v.log"
  return "${PIPESTATUS[0]}"
}

status=0
url=$(mirror) || exit 1
make_chroot "$url" || exit 1
trap unmount_fs EXIT
mount_fs || exit 1
provision "$url" || { echo "ci_matrix: apt-get in the chroot failed"; exit 1; }
[ $PREPARE -eq 0 ] || exit 0
echo "ci_matrix: $(chroot "$CHROOT" gcc --version | head -n 1); libxml2 $(chroot "$CHROOT" xml2-config --version);" \
  "libcurl $(chroot "$CHROOT" pkg-config --modversion libcurl); $(chroot "$CHROOT" openssl version | cut -d' ' -f1-2)"

for cc in "${OLDER_GCC[@]}"; do
  copy_tree "$cc"
  if build "$cc" "${VERSIONS[0]}" "$cc"; then
    echo "ci_matrix: $cc builds for PHP ${VERSIONS[0]} with no warning in our sources"
  else
    status=1
    echo "PHP ${VERSIONS[0]}, $cc: build failed or warned" >>"$SUMMARY"
  fi
  rm -rf --one-file-system "$CHROOT/build/$cc"
done

for v in "${VERSIONS[@]}"; do
  echo "=== PHP $v (Debian unstable chroot)"
  started=$SECONDS
  copy_tree "$v"
  : >"$CHROOT/build/$v.log"
  if ! build "$v" "$v"; then
    status=1
    echo "PHP $v: build failed" >>"$SUMMARY"
    continue
  fi
  suite "$v" || { echo "PHP $v: run-tests failed"; status=1; }
  label="PHP $v"
  if [ "$v" = "$VALGRIND" ]; then
    echo "=== PHP $v under valgrind"
    suite "$v" -m || { echo "PHP $v under valgrind: run-tests failed"; status=1; }
    label="PHP $v (and valgrind)"
  fi
  line=$(tally "$CHROOT/build/$v.log")
  echo "$label: $line" >>"$SUMMARY"
  echo "ci_matrix: PHP $v done in $((SECONDS - started)) s"
  case "$line" in 0\ passed*|*[1-9]\ failed) status=1 ;; esac
done
exit $status
