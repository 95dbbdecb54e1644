import { configDefaults, defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["core/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "seeds/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    // Needs a PostgreSQL server: npm run test:db:pg (vitest.postgres.config.ts) starts one and runs it.
    exclude: [...configDefaults.exclude, "db/postgres.test.ts", "db/postgres-transaction.test.ts", "server/database-unavailable.test.ts",
      // Need a MariaDB server: npm run test:db:mariadb (vitest.mariadb.config.ts) starts one and runs them.
      "server/legacy-import/joomla-source.test.ts", "server/legacy-import/nukeviet-source.test.ts", "server/legacy-import/import-run.test.ts",
      "server/legacy-import/import-cli.test.ts"],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    // Business logic must not depend on the machine's zone: run as a UTC server would.
    env: { TZ: "UTC" },
  },
});
