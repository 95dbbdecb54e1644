#!/usr/bin/env bash
# Debian's libfaketime, under which one journey sets the server's wall clock forward while it runs
# (e2e/clock-step.spec.ts), as a machine resumed from a pause or corrected by NTP does. Installed
# when missing, as scripts/poppler.sh installs pdftoppm.
#
#   faketime.sh ensure     install libfaketime when missing
#   faketime.sh library    print the path of its library for programs with threads (Node)
set -euo pipefail

library() {
  dpkg -L libfaketime 2>/dev/null | grep '/libfaketimeMT\.so\.1$' | head -n 1
}

case "${1:-}" in
  ensure)
    if [ -z "$(library)" ]; then
      echo "Installing Debian's libfaketime…" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfaketime >/dev/null
    fi
    ;;
  library)
    path="$(library)"
    if [ -z "$path" ]; then
      echo "libfaketime is not installed: bash scripts/faketime.sh ensure" >&2
      exit 1
    fi
    echo "$path"
    ;;
  *)
    echo "Usage: $0 ensure|library" >&2
    exit 2
    ;;
esac
