import path from "node:path";
import { defineConfig } from "vitest/config";

// The database tests again, on PostgreSQL (npm run test:db:pg, part of npm test): the same files
// as on SQLite wherever the behaviour is the dialects' common ground, each on a copy of a migrated
// template database. Files about what only SQLite has (backups of its file, its
// locks) run in vitest.config.ts only. (Not imported from vitest.config.ts: Vite's native config
// loader wants the ".ts" extension, which tsc refuses.)
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: [
      "db/postgres.test.ts",
      "db/postgres-transaction.test.ts",
      "db/copy.test.ts",
      "db/prepared.test.ts",
      "db/schema-parity.test.ts",
      "db/queries/*.test.ts",
      "server/*-commands.test.ts",
      "server/atomically.test.ts",
      "server/database-unavailable.test.ts",
      "server/sign-in.test.ts",
      "server/view-counter.test.ts",
      "server/document-download.test.ts",
      "server/media-upload.test.ts",
      "server/report.test.ts",
      "seeds/*.test.ts",
    ],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    globalSetup: ["./tests/postgres-global-setup.ts"],
    // The private test server (tests/postgres-global-setup.ts starts it); this database is the
    // template. TEST_PG_PORT moves it, so that two checkouts on one machine can test at once.
    env: { TZ: "UTC", DATABASE_URL: `postgres://ban_tin:ban_tin@127.0.0.1:${process.env.TEST_PG_PORT ?? "25433"}/ban_tin_template` },
  },
});
