#!/usr/bin/env bash
# Serves the production build for the end-to-end tests on a database made fresh each run: the
# SQLite file's folder removed, or on a PostgreSQL run (DATABASE_URL) the database recreated and
# migrated, its media folder removed.
set -euo pipefail
rm -rf "$(dirname "${DATABASE_PATH:?}")"
if [ -n "${DATABASE_URL:-}" ]; then npx tsx e2e/fresh-postgres.ts; fi
exec npx tsx scripts/start.ts
