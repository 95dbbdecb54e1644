#!/usr/bin/env bash
# A private nginx in front of the app instances (issue 19), never the system service: its
# configuration, cache, temporary files, PID file and logs live under data/cluster/nginx/, and it
# listens on 127.0.0.1 only.
#
#   nginx-server.sh ensure                        install Debian's nginx when it is missing (no service started)
#   nginx-server.sh start PORT UPSTREAM_PORTS...  write the configuration from deploy/nginx/ban-tin.conf, start it
#   nginx-server.sh stop                          stop it by its PID (nothing to do when it is not running)
#
# NGINX_STATE_DIR puts its state elsewhere (the e2e journey through the cluster has its own);
# NGINX_PAGE_CACHE=off starts it without the one-second page cache (`npm run bench -- --cluster`
# measures the instances' own renders through it); NGINX_PAGE_SECONDS keeps pages longer than a
# second (the e2e journey shows with 60 that a publication reaches readers by the app's refresh).
set -euo pipefail
# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${NGINX_STATE_DIR:-$ROOT/data/cluster/nginx}"
PID_FILE="$STATE/nginx.pid"
MAIN_CONF="$STATE/nginx.conf"
SITE_CONF="$STATE/ban-tin.conf"
NGINX=/usr/sbin/nginx

command_name="${1:-}"
shift || true

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# Debian's package starts a system nginx on port 80 as it installs: a policy-rc.d that refuses
# every service start (for the install only) keeps it stopped, as scripts/postgres-server.sh does.
ensure() {
  if [ ! -x "$NGINX" ]; then
    echo "Installing Debian's nginx…" >&2
    apt_install_without_services nginx-light
  fi
}

check_port() {
  case "$1" in
    '' | *[!0-9]*) echo "Cổng không hợp lệ: '$1'." >&2; exit 2 ;;
  esac
}

# deploy/nginx/ban-tin.conf with this machine's ports and folders: the upstream's servers, the
# listening address (loopback only) and the cache under data/cluster/nginx/cache.
write_site_conf() {
  local port="$1"
  shift
  [ "$#" -gt 0 ] || { echo "Cần ít nhất một cổng của ứng dụng." >&2; exit 2; }
  local servers=""
  for upstream in "$@"; do
    check_port "$upstream"
    servers="${servers}    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=10s;\n"
  done
  local page_cache=on
  [ "${NGINX_PAGE_CACHE:-on}" = "off" ] && page_cache=off
  local page_seconds="${NGINX_PAGE_SECONDS:-1}"
  case "$page_seconds" in
    '' | 0 | *[!0-9]*) echo "NGINX_PAGE_SECONDS phải là số giây dương, nhận được '$page_seconds'." >&2; exit 2 ;;
  esac
  awk -v servers="$servers" -v port="$port" -v cache="$STATE/cache" -v page_cache="$page_cache" -v page_seconds="$page_seconds" '
    /^upstream ban_tin_app/ { print; in_upstream = 1; printf "%s", servers; next }
    page_cache == "off" && /^ *proxy_cache ban_tin_pages;/ { sub(/proxy_cache ban_tin_pages;/, "proxy_cache off;") }
    /^ *proxy_cache_valid 200 301 308 404 410 1s;/ { sub(/ 1s;/, " " page_seconds "s;") }
    in_upstream && /^ *server / { next }
    in_upstream && /^}/ { in_upstream = 0 }
    /^ *listen 80;/ { sub(/listen 80;/, "listen 127.0.0.1:" port ";") }
    { gsub("/var/cache/nginx/ban-tin", cache); print }
  ' "$ROOT/deploy/nginx/ban-tin.conf" >"$SITE_CONF"
  # The pages' lifetime is found by its line in deploy/nginx/ban-tin.conf: say so if that line changed.
  if [ "$page_cache" = on ] && ! grep -q "proxy_cache_valid 200 301 308 404 410 ${page_seconds}s;" "$SITE_CONF"; then
    echo "Không đặt được NGINX_PAGE_SECONDS: deploy/nginx/ban-tin.conf không còn dòng proxy_cache_valid … 1s; như chờ." >&2
    exit 2
  fi
}

write_main_conf() {
  local user_line=""
  mkdir -p "$STATE/cache" "$STATE/tmp"
  # As root, the workers run as www-data (Debian's web user), which must own what they write; where
  # www-data cannot reach the checkout (a clone under /root), they stay root: this nginx is private
  # to the machine's loopback and to this checkout.
  if [ "$(id -u)" -eq 0 ]; then
    chown -R www-data "$STATE/cache" "$STATE/tmp"
    if runuser -u www-data -- test -w "$STATE/cache" 2>/dev/null; then user_line="user www-data;"; else user_line="user root;"; fi
  fi
  cat >"$MAIN_CONF" <<CONF
# Written by scripts/nginx-server.sh: private to this checkout.
$user_line
worker_processes auto;
pid $PID_FILE;
error_log $STATE/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    server_tokens off;
    client_body_temp_path $STATE/tmp/body;
    proxy_temp_path $STATE/tmp/proxy;
    fastcgi_temp_path $STATE/tmp/fastcgi;
    uwsgi_temp_path $STATE/tmp/uwsgi;
    scgi_temp_path $STATE/tmp/scgi;
    include $SITE_CONF;
}
CONF
}

start() {
  local port="${1:-}"
  check_port "$port"
  shift
  ensure
  mkdir -p "$STATE"
  write_site_conf "$port" "$@"
  write_main_conf
  if pid="$(running_pid)"; then
    "$NGINX" -t -q -c "$MAIN_CONF" -p "$STATE" && kill -HUP "$pid"
  else
    "$NGINX" -c "$MAIN_CONF" -p "$STATE" 2>"$STATE/start.log" || { cat "$STATE/start.log" >&2; exit 1; }
  fi
  echo "http://127.0.0.1:$port"
}

stop() {
  local pid
  pid="$(running_pid)" || return 0
  # QUIT: the workers finish the requests they are serving, then exit.
  kill -QUIT "$pid"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null || true
}

case "$command_name" in
  ensure) ensure ;;
  start) start "$@" ;;
  stop) stop ;;
  *)
    echo "Usage: $0 ensure | start PORT UPSTREAM_PORT... | stop" >&2
    exit 2
    ;;
esac
