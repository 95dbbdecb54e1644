import path from "node:path";
import { defineConfig } from "vitest/config";

// The old portals against a real MariaDB (npm run test:db:mariadb, part of npm test):
// tests/mariadb-global-setup.ts starts the private server, each file loads its own old databases.
// The readers' tests need no Bản tin database; the import's run once on a SQLite file and once on
// PostgreSQL (the private test server and template database of vitest.postgres.config.ts).
const readers = ["server/legacy-import/joomla-source.test.ts", "server/legacy-import/nukeviet-source.test.ts"];
const imports = ["server/legacy-import/import-run.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    globalSetup: ["./tests/mariadb-global-setup.ts"],
    env: { TZ: "UTC" },
    // Loading joomla.sql and a 5 MB article takes a few seconds on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "sqlite", include: [...readers, ...imports, "server/legacy-import/import-cli.test.ts"] } },
      {
        extends: true,
        test: {
          name: "postgres",
          include: imports,
          globalSetup: ["./tests/postgres-global-setup.ts"],
          env: { TZ: "UTC", DATABASE_URL: `postgres://ban_tin:ban_tin@127.0.0.1:${process.env.TEST_PG_PORT ?? "25433"}/ban_tin_template` },
        },
      },
    ],
  },
});
