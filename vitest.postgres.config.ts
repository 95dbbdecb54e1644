import path from "node:path";
import { defineConfig } from "vitest/config";

// The tests that need a PostgreSQL server (npm run test:db:pg), with the same alias, setup file and
// zone as vitest.config.ts, and a global setup that starts a private server with a fresh database.
// More files join as the query layer gains its PostgreSQL side. (Not imported from
// vitest.config.ts: Vite's native config loader wants the ".ts" extension, which tsc refuses.)
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["db/postgres.test.ts", "db/schema-parity.test.ts"],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    globalSetup: ["./tests/postgres-global-setup.ts"],
    env: { TZ: "UTC" },
  },
});
