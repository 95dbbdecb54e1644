import { defineConfig } from "drizzle-kit";

// The second dialect of issue 15: SQLite (drizzle.config.ts) stays the default.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-postgres.ts",
  out: "./db/migrations-postgres",
});
