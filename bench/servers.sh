# The benchmarks' servers, sourced by bench/run.sh, bench/ab.sh and
# bench/gate.sh: nginx on 127.0.0.1 (HTTP and HTTPS, a self-signed
# certificate made now) answering the WHMCS and OpenSRS URLs with canned
# replies, and php8.2-fpm pools behind it, one worker each, one pool per
# build of the extension. Nothing listens beyond 127.0.0.1.
#
#   bench_packages PKG...            installs what is missing (apt-get),
#                                    without starting any service
#   bench_servers_start DIR [POOL=SO ...]
#                                    starts nginx, and a pool per POOL whose
#                                    pages are /POOL/hook_*.php (bench/pages)
#                                    run with the extension SO; sets
#                                    HTTP_PORT, HTTPS_PORT, CERT
#   bench_servers_stop               stops them (bench_servers_start traps
#                                    EXIT to do so)
#   bench_url SCHEME API             the URL of whmcs or opensrs
#   bench_bodies SO                  writes what the extension SO sends for
#                                    the bench's two calls to
#                                    $BENCH_W/whmcs.body and opensrs.body
#   bench_floor SCHEME API CALLS [ops]
#                                    runs the C floor (bench/out/floor) for
#                                    API; "ops": OpenSRS's whole floor
#                                    (signed, reply parsed)
#
# BENCH_PIN (a command prefix such as "taskset -c 1") runs the servers on
# the CPUs it names. BENCH_REPLY_DELAY (seconds) makes nginx answer that
# long after each request (libnginx-mod-http-echo), so that a client always
# waits for the answer the same way: bench/gate.sh counts instructions, and
# a reply that is sometimes there before the client looks for it and
# sometimes not changes libcurl's count.

# What the servers answer: WHMCS's success, and OpenSRS's "delete subuser"
# reply with the declaration and DOCTYPE OpenSRS sends (one line, double
# quotes, as nginx's return takes it).
BENCH_WHMCS_REPLY='{"result":"success"}'
BENCH_OPENSRS_REPLY='<?xml version="1.0" encoding="UTF-8" standalone="no" ?><!DOCTYPE OPS_envelope SYSTEM "ops.dtd"><OPS_envelope><header><version>0.9</version></header><body><data_block><dt_assoc><item key="protocol">XCP</item><item key="action">REPLY</item><item key="object">SUBUSER</item><item key="is_success">1</item><item key="response_code">200</item><item key="response_text">Command completed successfully</item></dt_assoc></data_block></body></OPS_envelope>'

bench_packages() {
  local need=() p sudo="" policy_added=0
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # Packages must not start their services: ours run on 127.0.0.1 only.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod +x /usr/sbin/policy-rc.d
    policy_added=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null \
    || { DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q >/dev/null \
         && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null; }
  local rc=$?
  [ $policy_added -eq 1 ] && $sudo rm -f /usr/sbin/policy-rc.d
  return $rc
}

bench_free_port() {
  php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'
}

bench_url() { # scheme api
  local port=$HTTP_PORT path=/includes/api.php
  [ "$1" = https ] && port=$HTTPS_PORT
  [ "$2" = opensrs ] && path=/opensrs
  echo "$1://127.0.0.1:$port$path"
}

bench_bodies() { # extension
  printf 'action=DeleteUserClient&user_id=2&client_id=5&identifier=bench-identifier&secret=bench-secret&responsetype=json' \
    > "$BENCH_W/whmcs.body"
  # In the WhmcsOpensrs namespace since 0.2; global in 0.1.
  php -n -d "extension=$1" -r '$encode = function_exists("WhmcsOpensrs\\opensrs_ops_encode")
      ? "WhmcsOpensrs\\opensrs_ops_encode" : "opensrs_ops_encode";
    echo $encode(["protocol" => "XCP", "action" => "delete", "object" => "subuser", "domain" => "example.com",
      "username" => "domainowner", "attributes" => ["domain" => "example.com", "sub_id" => 2532880]]);' \
    > "$BENCH_W/opensrs.body" || { echo "bench: cannot encode the OpenSRS request:" >&2; cat "$BENCH_W/opensrs.body" >&2; return 1; }
}

# OpenSRS refuses a connection's 101st command: its floor, like the
# extension, reconnects after 100.
bench_floor() { # scheme api calls [ops]
  local ct=application/x-www-form-urlencoded limit=0 key=()
  [ "$2" = opensrs ] && { ct=text/xml; limit=100; }
  [ "${4:-}" = ops ] && key=(bench-opensrs-key)
  ${BENCH_PIN:-} "$ROOT/bench/out/floor" "$(bench_url "$1" "$2")" "$BENCH_W/$2.body" "$ct" "$3" "$CERT" "$limit" "${key[@]}"
}

bench_servers_stop() {
  local f
  [ -n "${BENCH_W:-}" ] || return 0
  for f in "$BENCH_W"/*.pid; do
    [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null
  done
  sleep 0.2
  rm -rf "$BENCH_W"
  BENCH_W=
}

# The directive that answers with text, after BENCH_REPLY_DELAY seconds
# when set (the echo module's echo_sleep).
bench_reply() {
  if [ -n "${BENCH_REPLY_DELAY:-}" ]; then
    echo "echo_sleep $BENCH_REPLY_DELAY; echo -n '$1';"
  else
    echo "return 200 '$1';"
  fi
}

# nginx.conf for the ports and pools; the pools' names as arguments.
bench_nginx_conf() {
  local root=$1 pool; shift
  [ -z "${BENCH_REPLY_DELAY:-}" ] || echo "load_module /usr/lib/nginx/modules/ngx_http_echo_module.so;"
  cat <<EOF
worker_processes 1;
error_log $BENCH_W/nginx-error.log;
pid $BENCH_W/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $BENCH_W/tmp;
  fastcgi_temp_path $BENCH_W/tmp;
  proxy_temp_path $BENCH_W/tmp;
  uwsgi_temp_path $BENCH_W/tmp;
  scgi_temp_path $BENCH_W/tmp;
  keepalive_requests 10000000;
  keepalive_timeout 300s;
  ssl_protocols TLSv1.2 TLSv1.3;
  # As production servers do: a reconnecting client resumes its TLS session.
  ssl_session_cache shared:SSL:10m;
  server {
    listen 127.0.0.1:$HTTP_PORT;
    listen 127.0.0.1:$HTTPS_PORT ssl;
    ssl_certificate $CERT;
    ssl_certificate_key $BENCH_W/key.pem;
    location = /includes/api.php {
      default_type application/json;
      $(bench_reply "$BENCH_WHMCS_REPLY")
    }
    location = /opensrs {
      default_type text/xml;
      $(bench_reply "$BENCH_OPENSRS_REPLY")
    }
EOF
  for pool in "$@"; do
    cat <<EOF
    location ~ ^/$pool/(hook_[a-z]+\.php)\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $root/bench/pages/\$1;
      fastcgi_pass unix:$BENCH_W/fpm-$pool.sock;
    }
EOF
  done
  echo "  }"
  echo "}"
}

bench_fpm_start() { # pool extension
  local pool=$1 so=$2
  cat > "$BENCH_W/fpm-$pool.conf" <<EOF
[global]
pid = $BENCH_W/fpm-$pool.pid
error_log = $BENCH_W/fpm-$pool-error.log
daemonize = yes
[$pool]
user = $(id -un)
listen = $BENCH_W/fpm-$pool.sock
listen.mode = 0666
pm = static
pm.max_children = 1
pm.max_requests = 0
env[BENCH_WHMCS_IDENTIFIER] = bench-identifier
env[BENCH_WHMCS_SECRET] = bench-secret
env[BENCH_OPENSRS_KEY] = bench-opensrs-key
env[BENCH_PROBE_FILE] = $BENCH_W/probe-$pool
EOF
  ${BENCH_PIN:-} php-fpm8.2 -R -y "$BENCH_W/fpm-$pool.conf" -d "extension=$so" \
    -d "whmcs.url=https://127.0.0.1:$HTTPS_PORT/includes/api.php" \
    -d whmcs.identifier=bench-identifier -d whmcs.secret=bench-secret -d "whmcs.ca_file=$CERT" \
    -d "opensrs.endpoint=https://127.0.0.1:$HTTPS_PORT/opensrs" -d opensrs.reseller_username=benchreseller \
    -d opensrs.api_key=bench-opensrs-key -d "opensrs.ca_file=$CERT"
}

bench_servers_start() { # dir [pool=extension ...]
  local root=$1 spec pools=() i; shift
  BENCH_W=$(mktemp -d /tmp/wo-bench.XXXXXX)
  chmod 755 "$BENCH_W"   # nginx's workers run unprivileged and must reach fpm's sockets
  mkdir -p "$BENCH_W/tmp"
  trap bench_servers_stop EXIT
  CERT=$BENCH_W/cert.pem
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$BENCH_W/key.pem" -out "$CERT" 2>/dev/null
  HTTP_PORT=$(bench_free_port); HTTPS_PORT=$(bench_free_port)
  while [ "$HTTPS_PORT" = "$HTTP_PORT" ]; do HTTPS_PORT=$(bench_free_port); done
  for spec in "$@"; do
    pools+=("${spec%%=*}")
  done
  bench_nginx_conf "$root" "${pools[@]}" > "$BENCH_W/nginx.conf"
  ${BENCH_PIN:-} nginx -c "$BENCH_W/nginx.conf" -p "$BENCH_W" 2>/dev/null
  for spec in "$@"; do
    bench_fpm_start "${spec%%=*}" "${spec#*=}"
  done
  for i in $(seq 100); do
    local ready=1
    [ -f "$BENCH_W/nginx.pid" ] || ready=0
    for spec in "${pools[@]}"; do
      [ -S "$BENCH_W/fpm-$spec.sock" ] || ready=0
    done
    [ $ready -eq 1 ] && return 0
    sleep 0.1
  done
  echo "bench: the servers did not start" >&2
  cat "$BENCH_W"/*error.log >&2 2>/dev/null
  return 1
}
