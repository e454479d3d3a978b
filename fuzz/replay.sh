#!/usr/bin/env bash
# Replays inputs through the harnesses built with ASan and UBSan but without
# libFuzzer: what CI runs to show every fixed finding stays fixed.
#
#   fuzz/replay.sh                         all: regressions and conformance seeds
#   fuzz/replay.sh NAME [PATH...]          one harness (ops_decode, ops_roundtrip,
#                                          form_encode, secret_mask, whmcs_response),
#                                          on PATHs if given
#   fuzz/replay.sh PATH...                 the OPS decoder on PATHs (as before)
#
# Defaults: fuzz/regressions/ and the OpenSRS conformance replies for
# ops_decode; fuzz/roundtrip_regressions/ for ops_roundtrip;
# fuzz/form_regressions/ for form_encode; fuzz/mask_regressions/ for
# secret_mask;
# fuzz/whmcs_regressions/ and the seeds fuzz/whmcs_seeds.php makes
# from the WHMCS conformance payloads for whmcs_response. Exits non-zero on
# any sanitizer report, leak or broken invariant.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
"$here/build.sh"

conformance=${WO_CONFORMANCE_DIR:-$root/../shared/conformance}
# Leaks are findings too; halt_on_error keeps the first report the only one.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

replay_ops() {
  local paths=("$@")
  if [ ${#paths[@]} -eq 0 ]; then
    paths=("$here/regressions" "$root/tests/fixtures/ops")
    if [ -d "$conformance/opensrs" ]; then
      paths+=("$conformance/opensrs")
    else
      echo "fuzz/replay.sh: $conformance/opensrs not found; replaying regressions and test fixtures only" >&2
    fi
  fi
  "$here/out/ops_decode_replay" "${paths[@]}"
}

replay_roundtrip() {
  local paths=("$@")
  [ ${#paths[@]} -gt 0 ] || paths=("$here/roundtrip_regressions")
  "$here/out/ops_roundtrip_replay" "${paths[@]}"
}

replay_form() {
  local paths=("$@")
  [ ${#paths[@]} -gt 0 ] || paths=("$here/form_regressions")
  "$here/out/form_encode_replay" "${paths[@]}"
}

replay_mask() {
  local paths=("$@")
  [ ${#paths[@]} -gt 0 ] || paths=("$here/mask_regressions")
  "$here/out/secret_mask_replay" "${paths[@]}"
}

replay_whmcs() {
  local paths=("$@") seeds
  if [ ${#paths[@]} -eq 0 ]; then
    seeds=$(mktemp -d "${TMPDIR:-/tmp}/whmcs_seeds.XXXXXX")
    trap 'rm -rf "$seeds"' RETURN
    php -n "$here/whmcs_seeds.php" "$conformance/whmcs" "$seeds"
    paths=("$here/whmcs_regressions" "$seeds")
  fi
  "$here/out/whmcs_response_replay" "${paths[@]}"
}

case ${1:-} in
  "") replay_ops; replay_roundtrip; replay_form; replay_mask; replay_whmcs ;;
  ops_decode) shift; replay_ops "$@" ;;
  ops_roundtrip) shift; replay_roundtrip "$@" ;;
  form_encode) shift; replay_form "$@" ;;
  secret_mask) shift; replay_mask "$@" ;;
  whmcs_response) shift; replay_whmcs "$@" ;;
  *) replay_ops "$@" ;;
esac
