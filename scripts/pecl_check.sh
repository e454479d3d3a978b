#!/usr/bin/env bash
# Builds the pecl tarball from package.xml, installs it with `pecl install`
# into this machine's PHP, and checks the installed module: it loads with no
# startup warning, `php --ri` describes it, and the demo runs on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

php scripts/package_xml.php --check
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pecl package package.xml >"$work/package.log" 2>&1 || { cat "$work/package.log"; exit 1; }
version=$(grep -o '"[0-9.]*"' ext/version.h | tr -d '"')
tarball=whmcs_opensrs-$version.tgz
[ -f "$tarball" ] || { echo "pecl package did not make $tarball"; cat "$work/package.log"; exit 1; }
mv "$tarball" "$work/"
echo "pecl package: $tarball ($(tar tzf "$work/$tarball" | wc -l) entries)"

# Reinstall over an earlier install of the same version.
pecl uninstall whmcs_opensrs >/dev/null 2>&1 || true
pecl install "$work/$tarball" >"$work/install.log" 2>&1 || { tail -40 "$work/install.log"; exit 1; }
so="$(php-config --extension-dir)/whmcs_opensrs.so"
[ -f "$so" ] || { echo "pecl install did not produce $so"; exit 1; }
echo "pecl install: $so"
# The IDE stubs ship in the tarball and land in pecl's doc_dir.
stub=$(pecl list-files whmcs_opensrs | awk '$1 == "doc" && $2 ~ /stubs\/whmcs_opensrs\.php$/ {print $2}')
[ -n "$stub" ] && [ -f "$stub" ] || { echo "pecl install did not install stubs/whmcs_opensrs.php"; exit 1; }
echo "pecl install: IDE stubs at $stub"

# Loads with no startup warning (display_startup_errors shows them on stderr).
out=$(php -n -d display_startup_errors=1 -d extension=whmcs_opensrs -r 'echo phpversion("whmcs_opensrs");' 2>&1)
[ "$out" = "$version" ] || { echo "loading the installed module said: $out"; exit 1; }
# sed reads to the end: head would exit early and, under pipefail, the
# SIGPIPE php then gets would fail the script whenever --ri outgrows 8 lines.
php -n -d extension=whmcs_opensrs --ri whmcs_opensrs | sed -n 1,8p
php -n -d extension=whmcs_opensrs scripts/demo.php >/dev/null
echo "demo on the installed module: ok"
# Leave this PHP without it: a test that loads the module by name from the
# extension_dir must not find a copy there (.ci/run runs the suite so).
pecl uninstall whmcs_opensrs >/dev/null
