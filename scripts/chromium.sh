#!/usr/bin/env bash
# Debian's Chromium, which Playwright drives in the end-to-end tests (no browser download works on
# these machines; playwright.config.ts). Installed when missing, as scripts/poppler.sh installs
# pdftoppm; nothing is installed when PLAYWRIGHT_CHROMIUM_PATH names a browser already.
#
#   chromium.sh ensure    install chromium when neither PLAYWRIGHT_CHROMIUM_PATH nor chromium is there
set -euo pipefail

case "${1:-}" in
  ensure)
    if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] && [ -x "${PLAYWRIGHT_CHROMIUM_PATH}" ]; then exit 0; fi
    if ! command -v chromium >/dev/null 2>&1; then
      echo "Installing Debian's Chromium (the end-to-end tests' browser)…" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
    ;;
  *)
    echo "Usage: $0 ensure" >&2
    exit 2
    ;;
esac
