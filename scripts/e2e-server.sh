#!/usr/bin/env bash
# Serves the production build for the end-to-end tests on a database made fresh each run.
set -euo pipefail
rm -rf "$(dirname "${DATABASE_PATH:?}")"
exec npx tsx scripts/start.ts
