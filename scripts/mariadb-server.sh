#!/usr/bin/env bash
# A private MariaDB server standing in for an old Joomla or NukeViet portal's database (issue 17),
# never the system service: its data, socket, PID file and log live under data/mariadb/NAME, it
# listens on 127.0.0.1 only, and several can run side by side under different names and ports
# (dev 23306, the tests 23307, e2e 23308, the bench 23309).
#
#   mariadb-server.sh ensure               install Debian's MariaDB binaries when they are missing
#   mariadb-server.sh start [NAME] [PORT]  create the datadir if needed, start it, print the two URLs
#   mariadb-server.sh stop [NAME]          stop it (nothing to do when it is not running)
#   mariadb-server.sh url [NAME] [PORT]    print the two URLs
#
# start and url print two lines, for `eval` or a reader of the output:
#   MARIADB_ADMIN_URL=mysql://ban_tin:ban_tin@127.0.0.1:PORT   every privilege: creates and loads the old databases
#   MARIADB_READ_URL=mysql://legacy:legacy@127.0.0.1:PORT      SELECT only: what an import reads with (append /DATABASE)
set -euo pipefail
# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="$ROOT/data/mariadb"

command_name="${1:-}"
NAME="${2:-dev}"
PORT="${3:-23306}"
DATA="$STATE/$NAME"
DATADIR="$DATA/db"
SOCKET="$DATA/mariadb.sock"
PID_FILE="$DATA/mariadb.pid"
LOG="$DATA/mariadb.log"

case "$NAME" in
  *[!a-z0-9_-]* | "") echo "Tên máy chủ không hợp lệ: '$NAME' (chỉ chữ thường, số, - và _)." >&2; exit 2 ;;
esac
case "$PORT" in
  *[!0-9]* | "") echo "Cổng không hợp lệ: '$PORT'." >&2; exit 2 ;;
esac

urls() {
  echo "MARIADB_ADMIN_URL=mysql://ban_tin:ban_tin@127.0.0.1:$1"
  echo "MARIADB_READ_URL=mysql://legacy:legacy@127.0.0.1:$1"
}

# mariadbd refuses to run as root without --user: as root, the server belongs to the mysql user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u mysql -- "$@"
  else
    "$@"
  fi
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(head -n 1 "$PID_FILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# The port a running server was started on (kept beside it), whatever was asked now.
running_port() {
  cat "$DATA/port"
}

# Over the socket, as the account mariadb-install-db made for whoever ran it (root, or the user
# running this script), recognised by the socket's peer: no password to keep.
root_sql() {
  local user=root
  [ "$(id -u)" -eq 0 ] || user="$(id -un)"
  mariadb --no-defaults --protocol=socket --socket="$SOCKET" -u "$user" -N -B -e "$1"
}

# Installs the binaries only. Debian's mariadb-server package would also create /var/lib/mysql and
# start a system service, which this project never uses: mariadb-server-core and
# mariadb-client-core hold mariadbd, mariadb-install-db and the mariadb client and nothing else.
# A policy-rc.d that refuses every service start (for the install only) guards against a
# dependency that would start one all the same.
ensure() {
  if [ ! -x /usr/sbin/mariadbd ] || ! command -v mariadb >/dev/null 2>&1; then
    echo "Installing Debian's MariaDB…" >&2
    apt_install_without_services --no-install-recommends mariadb-server-core mariadb-client-core
  fi
  if [ "$(id -u)" -eq 0 ] && ! getent passwd mysql >/dev/null; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin mysql
  fi
}

init_datadir() {
  mkdir -p "$DATA"
  if [ "$(id -u)" -eq 0 ]; then chown mysql:mysql "$DATA"; fi
  chmod 700 "$DATA"
  # --no-defaults: nothing from /etc/mysql; root@localhost authenticates by the socket's owner.
  if ! as_server_user mariadb-install-db --no-defaults --datadir="$DATADIR" --skip-test-db \
    --auth-root-authentication-method=socket >"$DATA/install.log" 2>&1; then
    echo "mariadb-install-db thất bại; xem $DATA/install.log" >&2
    tail -n 20 "$DATA/install.log" >&2 || true
    exit 1
  fi
}

start() {
  ensure
  if running_pid >/dev/null; then
    urls "$(running_port)"
    return
  fi
  [ -d "$DATADIR/mysql" ] || init_datadir
  echo "$PORT" >"$DATA/port"
  # Old portals' databases are small and disposable here: little memory, no fsync per commit.
  # max_allowed_packet: an old article's body may be several megabytes.
  as_server_user setsid /usr/sbin/mariadbd --no-defaults --datadir="$DATADIR" \
    --bind-address=127.0.0.1 --port="$PORT" --socket="$SOCKET" --pid-file="$PID_FILE" \
    --log-error="$LOG" --skip-name-resolve --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=64M \
    --innodb-flush-log-at-trx-commit=2 --max-allowed-packet=64M </dev/null >/dev/null 2>&1 &
  for _ in $(seq 1 300); do
    if root_sql "SELECT 1" >/dev/null 2>&1; then break; fi
    if ! kill -0 $! 2>/dev/null; then break; fi
    sleep 0.2
  done
  if ! root_sql "SELECT 1" >/dev/null 2>&1; then
    echo "Không khởi động được MariaDB '$NAME' trên cổng $PORT; xem $LOG" >&2
    tail -n 20 "$LOG" >&2 || true
    exit 1
  fi
  # The admin creates and fills the old portals' databases; the importer reads as legacy, which
  # may only SELECT, so an import cannot change the old site even by mistake.
  root_sql "CREATE USER IF NOT EXISTS 'ban_tin'@'127.0.0.1' IDENTIFIED BY 'ban_tin';
    GRANT ALL PRIVILEGES ON *.* TO 'ban_tin'@'127.0.0.1' WITH GRANT OPTION;
    CREATE USER IF NOT EXISTS 'legacy'@'127.0.0.1' IDENTIFIED BY 'legacy';
    GRANT SELECT ON *.* TO 'legacy'@'127.0.0.1';"
  urls "$PORT"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    return
  fi
  # SIGTERM is mariadbd's normal shutdown: it flushes InnoDB and removes its PID file.
  kill -TERM "$pid"
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "MariaDB '$NAME' (PID $pid) vẫn chạy sau 60 giây; xem $LOG" >&2
  exit 1
}

case "$command_name" in
  ensure) ensure ;;
  start) start ;;
  stop) stop ;;
  url) urls "$PORT" ;;
  *)
    echo "Usage: $0 ensure | start [NAME] [PORT] | stop [NAME] | url [NAME] [PORT]" >&2
    exit 2
    ;;
esac
