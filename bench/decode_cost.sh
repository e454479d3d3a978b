#!/usr/bin/env bash
# Callgrind instructions of WhmcsOpensrs\opensrs_ops_decode() on two replies:
# the first decode of a process (parser context made) and the mean of the
# next 100 (steady state, what a kept PHP-FPM worker pays).
#   bench/decode_cost.sh [reply.xml ...]   default: the 49 KB namesuggest reply
#                                          of the corpus and a 450-byte reply
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
scripts/build.sh >/dev/null
command -v valgrind >/dev/null || { echo "decode_cost: valgrind is needed" >&2; exit 1; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  CORPUS=${WO_CONFORMANCE_DIR:-$ROOT/../shared/conformance}
  files=("$CORPUS/opensrs/hamochi_domain.namesuggest.example1.xml" "$W/small.xml")
fi
# The size of a "delete subuser" success reply, with the declaration and
# DOCTYPE OpenSRS sends.
php -n -d "extension=$ROOT/modules/whmcs_opensrs.so" -r '
echo WhmcsOpensrs\opensrs_ops_encode(["protocol" => "XCP", "action" => "REPLY", "object" => "SUBUSER",
  "is_success" => "1", "response_code" => "200", "response_text" => "Command completed successfully"]);' > "$W/small.xml"

cat > "$W/decode.php" <<'EOF2'
<?php
$xml = file_get_contents($argv[1]);
for ($i = (int) $argv[2]; $i > 0; $i--) {
    WhmcsOpensrs\opensrs_ops_decode($xml);
}
EOF2
ir() { # file count
  valgrind --tool=callgrind --callgrind-out-file="$W/cg.out" --toggle-collect=zif_WhmcsOpensrs_opensrs_ops_decode \
    php -n -d "extension=$ROOT/modules/whmcs_opensrs.so" "$W/decode.php" "$1" "$2" 2>&1 | awk '/Collected/ {print $4}'
}
printf '%-48s %8s %14s %14s\n' reply bytes "first decode" "next, each"
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "decode_cost: no $f (WO_CONFORMANCE_DIR names the corpus)" >&2; exit 1; }
  one=$(ir "$f" 1)
  many=$(ir "$f" 101)
  printf '%-48s %8d %14d %14d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$one" $(( (many - one) / 100 ))
done
