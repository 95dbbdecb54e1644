#!/usr/bin/env bash
# Debian's poppler-utils, for the first-page preview of a PDF document (issue 16,
# server/pdf-preview.ts runs pdftoppm). Installed when missing, as scripts/postgres-server.sh
# installs PostgreSQL; a site without it serves its documents without previews.
#
#   poppler.sh ensure    install poppler-utils when pdftoppm is missing
set -euo pipefail

case "${1:-}" in
  ensure)
    if ! command -v pdftoppm >/dev/null 2>&1; then
      echo "Installing Debian's poppler-utils (pdftoppm)…" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
    fi
    ;;
  *)
    echo "Usage: $0 ensure" >&2
    exit 2
    ;;
esac
