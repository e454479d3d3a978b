#!/usr/bin/env bash
# Builds, into fuzz/out/:
#   ops_decode_fuzzer  libFuzzer + ASan + UBSan, for fuzz/run.sh
#   ops_decode_replay  ASan + UBSan with a plain main(), for fuzz/replay.sh and CI
# Both come from the same harness and the decoder's own sources. Does
# nothing when both are newer than every input; --force rebuilds anyway.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=$here/out
cc=${CC:-clang}

sources=("$root/ext/ops_decode.c" "$root/ext/ops_text.c" "$here/ops_decode_fuzzer.c")
inputs=("${sources[@]}" "$root/ext/ops_codec.h" "$root/ext/ops_text.h" "$here/replay_main.c" "$0")
targets=("$out/ops_decode_fuzzer" "$out/ops_decode_replay")

up_to_date() {
  [ "${1:-}" != "--force" ] || return 1
  local t i
  for t in "${targets[@]}"; do
    [ -x "$t" ] || return 1
    for i in "${inputs[@]}"; do
      [ "$t" -nt "$i" ] || return 1
    done
  done
}
up_to_date "${1:-}" && exit 0

# libFuzzer's runtime ships in libclang-rt-14-dev on Debian 12.
missing=()
for p in clang libclang-rt-14-dev libxml2-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz/build.sh: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

mkdir -p "$out"
read -r -a xml_flags <<<"$(pkg-config --cflags --libs libxml-2.0)"
# Any UB is a finding: without -fno-sanitize-recover UBSan only prints and
# libFuzzer would keep going.
common=(-g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all
        -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -I"$root/ext")

"$cc" "${common[@]}" -fsanitize=fuzzer,address,undefined \
  "${sources[@]}" "${xml_flags[@]}" -o "$out/ops_decode_fuzzer.tmp"
"$cc" "${common[@]}" -fsanitize=address,undefined \
  "${sources[@]}" "$here/replay_main.c" "${xml_flags[@]}" -o "$out/ops_decode_replay.tmp"
mv "$out/ops_decode_fuzzer.tmp" "$out/ops_decode_fuzzer"
mv "$out/ops_decode_replay.tmp" "$out/ops_decode_replay"
echo "fuzz/build.sh: built ${targets[*]}" >&2
