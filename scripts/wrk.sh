#!/usr/bin/env bash
# Debian's wrk, the load generator of `npm run bench -- --cluster`'s cached pages (issue 19):
# autocannon, in Node on the same two cores, tops out near 2,000 req/s and would measure itself,
# not nginx. Installed when missing; nothing runs as a service.
#
#   wrk.sh ensure    install wrk when it is missing
set -euo pipefail
# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"

case "${1:-}" in
  ensure)
    if ! command -v wrk >/dev/null 2>&1; then
      echo "Installing Debian's wrk…" >&2
      apt_install_without_services wrk
    fi
    ;;
  *)
    echo "Usage: $0 ensure" >&2
    exit 2
    ;;
esac
