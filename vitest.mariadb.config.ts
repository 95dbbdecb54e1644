import path from "node:path";
import { defineConfig } from "vitest/config";

// The old portals' readers against a real MariaDB (npm run test:db:mariadb, part of npm test):
// tests/mariadb-global-setup.ts starts the private server, each file loads its own old databases.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["server/legacy-import/joomla-source.test.ts", "server/legacy-import/nukeviet-source.test.ts"],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    globalSetup: ["./tests/mariadb-global-setup.ts"],
    env: { TZ: "UTC" },
    // Loading joomla.sql and a 5 MB article takes a few seconds on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
