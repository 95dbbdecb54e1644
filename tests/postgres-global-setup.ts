import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migratePostgres, recreateDatabase } from "@/db/postgres";

// npm run test:db:pg: starts the private test server (scripts/postgres-server.sh, name "test") on
// the port of DATABASE_URL in vitest.postgres.config.ts, and makes two databases fresh each run:
// the template that DATABASE_URL names, migrated once, which db/test-database.ts copies for each
// test; and an empty one for db/postgres.test.ts, which tests the migrations themselves. The
// server is left running, so the next run starts in a moment; `npm run pg:stop -- test` stops it.

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}

const EMPTY_DATABASE = "ban_tin_test";

export default async function setup(project: TestProject): Promise<void> {
  const template = new URL(String(project.config.env.DATABASE_URL));
  const script = path.join(import.meta.dirname, "..", "scripts", "postgres-server.sh");
  execFileSync("bash", [script, "start", "test", template.port], { encoding: "utf8" });

  const at = (database: string) => Object.assign(new URL(template), { pathname: `/${database}` }).toString();
  // ban_tin may create databases (CREATEDB): last run's are dropped and made again, empty.
  for (const database of [EMPTY_DATABASE, template.pathname.slice(1)]) await recreateDatabase(at(database));
  await migratePostgres(template.toString());

  const emptyUrl = at(EMPTY_DATABASE);
  project.provide("testDatabaseUrl", emptyUrl);
  process.env.TEST_DATABASE_URL = emptyUrl;
}
