#!/usr/bin/env bash
# Builds, into fuzz/out/, two binaries per harness:
#   ops_decode_fuzzer       libFuzzer + ASan + UBSan, for fuzz/run.sh
#   ops_decode_replay       ASan + UBSan with a plain main(), for fuzz/replay.sh and CI
#   ops_roundtrip_fuzzer    the same for the encoder-to-decoder round trip
#   ops_roundtrip_replay
#   form_encode_fuzzer      the same for the PHP-free form encoder
#   form_encode_replay
#   secret_mask_fuzzer      the same for the PHP-free secret matcher
#   secret_mask_replay
#   whmcs_response_fuzzer   the same for the WHMCS answer interpreter, which
#   whmcs_response_replay   embeds PHP (libphp8.2-embed) with the extension built in
# Each pair comes from one harness and the sources it tests. A pair is
# rebuilt only when one of its inputs changed; --force rebuilds anyway.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=$here/out
cc=${CC:-clang}
force=${1:-}

# libFuzzer's runtime ships in libclang-rt-14-dev on Debian 12; the WHMCS
# harness needs PHP's headers, its embed library and libcurl besides.
missing=()
for p in clang libclang-rt-14-dev libxml2-dev pkg-config php8.2-dev libphp8.2-embed libcurl4-openssl-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz/build.sh: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >&2
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
mkdir -p "$out"

# up_to_date TARGET... -- INPUT...
up_to_date() {
  [ "$force" != "--force" ] || return 1
  local targets=() t i
  while [ "$1" != "--" ]; do targets+=("$1"); shift; done
  shift
  for t in "${targets[@]}"; do
    [ -x "$t" ] || return 1
    for i in "$@"; do
      [ "$t" -nt "$i" ] || return 1
    done
  done
}

# Any UB is a finding: without -fno-sanitize-recover UBSan only prints and
# libFuzzer would keep going.
common=(-g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all
        -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -I"$root/ext")
read -r -a xml_flags <<<"$(pkg-config --cflags --libs libxml-2.0)"

# build NAME SOURCES... -- FLAGS...: NAME_fuzzer and NAME_replay.
build() {
  local name=$1; shift
  local sources=() flags
  while [ "$1" != "--" ]; do sources+=("$1"); shift; done
  shift
  flags=("$@")
  "$cc" "${common[@]}" -fsanitize=fuzzer,address,undefined \
    "${sources[@]}" "${flags[@]}" -o "$out/${name}_fuzzer.tmp"
  "$cc" "${common[@]}" -fsanitize=address,undefined \
    "${sources[@]}" "$here/replay_main.c" "${flags[@]}" -o "$out/${name}_replay.tmp"
  mv "$out/${name}_fuzzer.tmp" "$out/${name}_fuzzer"
  mv "$out/${name}_replay.tmp" "$out/${name}_replay"
  echo "fuzz/build.sh: built $out/${name}_fuzzer $out/${name}_replay" >&2
}

# ---- OPS codec: PHP-free, the codec's own sources only.
ops_core=("$root/ext/ops_decode.c" "$root/ext/ops_encode.c" "$root/ext/ops_text.c" "$here/ops_fuzz.c")
ops_headers=("$root/ext/ops_codec.h" "$root/ext/ops_encode.h" "$root/ext/ops_text.h" "$here/ops_fuzz.h")
for name in ops_decode ops_roundtrip; do
  if ! up_to_date "$out/${name}_fuzzer" "$out/${name}_replay" -- \
      "${ops_core[@]}" "${ops_headers[@]}" "$here/${name}_fuzzer.c" "$here/replay_main.c" "$0"; then
    build "$name" "${ops_core[@]}" "$here/${name}_fuzzer.c" -- "${xml_flags[@]}"
  fi
done

# ---- form encoder: PHP-free, its own source only.
form_sources=("$root/ext/form.c" "$here/form_encode_fuzzer.c")
if ! up_to_date "$out/form_encode_fuzzer" "$out/form_encode_replay" -- \
    "${form_sources[@]}" "$root/ext/form.h" "$here/replay_main.c" "$0"; then
  build form_encode "${form_sources[@]}" --
fi

# ---- secret matcher: PHP-free, its source (form.c for the reference's hex digits).
mask_sources=("$root/ext/mask.c" "$root/ext/form.c" "$here/mask_reference.c" "$here/secret_mask_fuzzer.c")
if ! up_to_date "$out/secret_mask_fuzzer" "$out/secret_mask_replay" -- \
    "${mask_sources[@]}" "$root/ext/mask.h" "$root/ext/html5_entities.h" "$root/ext/form.h" "$here/mask_reference.h" "$here/replay_main.c" "$0"; then
  build secret_mask "${mask_sources[@]}" -- -DWO_MASK_FUZZING -I"$here"
fi

# ---- WHMCS answer interpreter: the whole extension, compiled in, since
# the engine starts it as a module (its exception classes come from MINIT).
# PHP's headers are system headers here: their warnings are not ours.
php_includes=()
for dir in $(php-config --includes | sed 's/-I//g') "$(php-config --include-dir)/sapi/embed"; do
  php_includes+=(-isystem "$dir")
done
read -r -a curl_flags <<<"$(pkg-config --cflags --libs libcurl)"
whmcs_sources=("$root"/ext/*.c "$here/whmcs_response_fuzzer.c")
if ! up_to_date "$out/whmcs_response_fuzzer" "$out/whmcs_response_replay" -- \
    "${whmcs_sources[@]}" "$root"/ext/*.h "$here/replay_main.c" "$0"; then
  build whmcs_response "${whmcs_sources[@]}" -- "${php_includes[@]}" \
    -L"$(php-config --prefix)/lib" -lphp8.2 "${curl_flags[@]}" "${xml_flags[@]}"
fi
