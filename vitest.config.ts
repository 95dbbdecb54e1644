import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["core/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "seeds/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
    // Business logic must not depend on the machine's zone: run as a UTC server would.
    env: { TZ: "UTC" },
  },
});
