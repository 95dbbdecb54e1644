#!/usr/bin/env bash
# A private PostgreSQL 15 server for development and tests (issue 15), never the system service:
# its data, socket and log live under data/postgres/, it listens on 127.0.0.1 only, and several can
# run side by side under different names and ports (dev on 25432, the tests on 25433).
#
#   postgres-server.sh ensure               install Debian's postgresql when it is missing
#   postgres-server.sh start [NAME] [PORT]  create the cluster if needed, start it, print DATABASE_URL
#   postgres-server.sh stop [NAME]          stop it (nothing to do when it is not running)
#   postgres-server.sh stop-fast [NAME]     stop it as a restart does: sessions are cut, not waited for
#   postgres-server.sh url [NAME] [PORT]    print DATABASE_URL
set -euo pipefail
# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"

PG_BIN=/usr/lib/postgresql/15/bin
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# POSTGRES_STATE_DIR: another folder for the servers (npm run cluster keeps its own under data/cluster/).
STATE="${POSTGRES_STATE_DIR:-$ROOT/data/postgres}"

command_name="${1:-}"
NAME="${2:-dev}"
PORT="${3:-25432}"
DATA="$STATE/$NAME"
LOG="$STATE/$NAME.log"

case "$NAME" in
  *[!a-z0-9_-]* | "") echo "Tên máy chủ không hợp lệ: '$NAME' (chỉ chữ thường, số, - và _)." >&2; exit 2 ;;
esac

url() {
  echo "postgres://ban_tin:ban_tin@127.0.0.1:$1/ban_tin"
}

# initdb and pg_ctl refuse to run as root: as root, the server belongs to the postgres user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running_pid() {
  [ -f "$DATA/postmaster.pid" ] || return 1
  local pid
  pid="$(head -n 1 "$DATA/postmaster.pid")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# The port a running server actually listens on (line 4 of postmaster.pid), whatever was asked now.
running_port() {
  sed -n 4p "$DATA/postmaster.pid"
}

superuser_sql() {
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -tA "host=127.0.0.1 port=$PORT user=postgres dbname=postgres" -c "$1"
}

# Installs the binaries only: Debian's package would also create a "main" cluster and start it as
# a system service, which this project never uses. createcluster.conf stops the first, a
# policy-rc.d that refuses every service start (for the install only) the second.
ensure() {
  if [ ! -x "$PG_BIN/postgres" ]; then
    echo "Installing Debian's PostgreSQL…" >&2
    mkdir -p /etc/postgresql-common
    [ -f /etc/postgresql-common/createcluster.conf ] || echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
    apt_install_without_services postgresql-15
  fi
}

init_cluster() {
  mkdir -p "$STATE"
  mkdir -p "$DATA"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DATA"; fi
  chmod 700 "$DATA"
  as_server_user "$PG_BIN/initdb" -D "$DATA" --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=trust >/dev/null
  # Trust is safe only because nothing but this machine can connect: TCP on 127.0.0.1 and nothing
  # else (no line for the socket, which sits inside the data folder anyway).
  as_server_user tee "$DATA/pg_hba.conf" >/dev/null <<HBA
host all all 127.0.0.1/32 trust
HBA
  as_server_user tee -a "$DATA/postgresql.conf" >/dev/null <<CONF

# Written by scripts/postgres-server.sh: private to this checkout.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
CONF
}

start() {
  ensure
  if running_pid >/dev/null; then
    url "$(running_port)"
    return
  fi
  [ -f "$DATA/PG_VERSION" ] || init_cluster
  # The log sits beside the data folder, which the server user must be able to write.
  touch "$LOG"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$LOG"; fi
  if ! as_server_user "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 -o "-p $PORT" start >/dev/null; then
    echo "Không khởi động được PostgreSQL '$NAME' trên cổng $PORT; xem $LOG" >&2
    tail -n 20 "$LOG" >&2 || true
    exit 1
  fi
  if [ "$(superuser_sql "SELECT 1 FROM pg_roles WHERE rolname = 'ban_tin'")" != "1" ]; then
    # CREATEDB: the tests make a fresh database each run as this role.
    superuser_sql "CREATE ROLE ban_tin LOGIN CREATEDB PASSWORD 'ban_tin'"
  fi
  if [ "$(superuser_sql "SELECT 1 FROM pg_database WHERE datname = 'ban_tin'")" != "1" ]; then
    superuser_sql "CREATE DATABASE ban_tin OWNER ban_tin ENCODING 'UTF8'"
  fi
  url "$PORT"
}

stop() {
  local pid signal="${1:-TERM}"
  if ! pid="$(running_pid)"; then
    return
  fi
  # SIGTERM is PostgreSQL's "smart" shutdown: it waits for clients to leave, then exits cleanly.
  # SIGINT is the "fast" one that `systemctl restart` uses: it ends every session at once.
  kill "-$signal" "$pid"
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "PostgreSQL '$NAME' (PID $pid) vẫn chạy sau 60 giây; xem $LOG" >&2
  exit 1
}

case "$command_name" in
  ensure) ensure ;;
  start) start ;;
  stop) stop ;;
  stop-fast) stop INT ;;
  url) url "$PORT" ;;
  *)
    echo "Usage: $0 ensure | start [NAME] [PORT] | stop [NAME] | stop-fast [NAME] | url [NAME] [PORT]" >&2
    exit 2
    ;;
esac
