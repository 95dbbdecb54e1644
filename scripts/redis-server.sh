#!/usr/bin/env bash
# A private Redis server for the shared page cache (issue 19), never the system service: its
# folder, pid file and log live under data/redis/NAME/, it listens on 127.0.0.1 only and keeps
# nothing on disk (a cache that is lost on a restart is only rendered again).
#
#   redis-server.sh ensure               install Debian's redis-server when it is missing
#   redis-server.sh start [NAME] [PORT]  start it (nothing to do when it runs), print REDIS_URL
#   redis-server.sh stop [NAME]          stop it by its PID (nothing to do when it is not running)
#   redis-server.sh url [NAME] [PORT]    print REDIS_URL
set -euo pipefail
# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"

REDIS_BIN=/usr/bin/redis-server
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# REDIS_STATE_DIR: another folder for the servers (npm run cluster keeps its own under data/cluster/).
STATE="${REDIS_STATE_DIR:-$ROOT/data/redis}"

command_name="${1:-}"
NAME="${2:-dev}"
PORT="${3:-26379}"
DIR="$STATE/$NAME"
PID_FILE="$DIR/redis.pid"
LOG="$DIR/redis.log"

case "$NAME" in
  *[!a-z0-9_-]* | "") echo "Tên máy chủ không hợp lệ: '$NAME' (chỉ chữ thường, số, - và _)." >&2; exit 2 ;;
esac
case "$PORT" in
  *[!0-9]* | "") echo "Cổng không hợp lệ: '$PORT'." >&2; exit 2 ;;
esac

url() {
  echo "REDIS_URL=redis://127.0.0.1:$1"
}

running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(head -n 1 "$PID_FILE")"
  # A pid file left by a crash may name a process that has since taken the number: it must be ours.
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q '^redis-server' "/proc/$pid/comm" 2>/dev/null && echo "$pid"
}

# Installs the binaries only: Debian's package would also start redis-server as a system service
# on port 6379, which this project never uses. A policy-rc.d that refuses every service start (for
# the install only) stops that, as in postgres-server.sh.
ensure() {
  if [ ! -x "$REDIS_BIN" ]; then
    echo "Installing Debian's Redis…" >&2
    apt_install_without_services redis-server
  fi
}

start() {
  ensure
  if running_pid >/dev/null; then
    # The port it was started on, whatever was asked now.
    url "$(cat "$DIR/port")"
    return
  fi
  mkdir -p "$DIR"
  echo "$PORT" >"$DIR/port"
  # Everything on the command line, no config file to keep in step: no snapshots, no append-only
  # file (save "" and appendonly no), and no protected mode to trip over on 127.0.0.1.
  if ! "$REDIS_BIN" --daemonize yes --bind 127.0.0.1 --port "$PORT" --dir "$DIR" \
    --pidfile "$PID_FILE" --logfile "$LOG" --save "" --appendonly no >/dev/null; then
    echo "Không khởi động được Redis '$NAME' trên cổng $PORT; xem $LOG" >&2
    exit 1
  fi
  # --daemonize returns before the server listens: wait for its pid file and its answer.
  for _ in $(seq 1 100); do
    if running_pid >/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
      url "$PORT"
      return
    fi
    sleep 0.1
  done
  echo "Redis '$NAME' không trả lời trên cổng $PORT sau 10 giây; xem $LOG" >&2
  tail -n 20 "$LOG" >&2 || true
  exit 1
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    return
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; return 0; }
    sleep 0.1
  done
  echo "Redis '$NAME' (PID $pid) vẫn chạy sau 10 giây; xem $LOG" >&2
  exit 1
}

case "$command_name" in
  ensure) ensure ;;
  start) start ;;
  stop) stop ;;
  url) url "$PORT" ;;
  *)
    echo "Usage: $0 ensure | start [NAME] [PORT] | stop [NAME] | url [NAME] [PORT]" >&2
    exit 2
    ;;
esac
