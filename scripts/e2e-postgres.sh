#!/usr/bin/env bash
# `npm run test:e2e:pg`: the reader and newsroom journeys (Playwright projects ban-doc and bien-tap)
# on PostgreSQL. A private server (scripts/postgres-server.sh, name "e2e") holds a database made
# fresh for the run; the journeys that start a server of their own get a fresh database each. The
# backup and restore journeys stay with SQLite: they back up its file.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/chromium.sh ensure
bash scripts/faketime.sh ensure
server_url="$(bash scripts/postgres-server.sh start e2e "${E2E_PG_PORT:-25434}" | tail -n 1)"
export DATABASE_URL="${server_url%/*}/ban_tin_e2e"
export E2E_DATA_DIR="${E2E_DATA_DIR:-data/e2e-pg}"
exec npx playwright test --project=ban-doc --project=bien-tap "$@"
