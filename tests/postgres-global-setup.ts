import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

// npm run test:db:pg: starts the private test server (scripts/postgres-server.sh, name "test",
// port 55433) and gives the tests a fresh database each run. The server is left running, so the
// next run starts in a moment; `npm run pg:stop -- test` stops it.

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}

const SERVER_NAME = "test";
const SERVER_PORT = "55433";
const TEST_DATABASE = "ban_tin_test";

export default async function setup(project: TestProject): Promise<void> {
  const script = path.join(import.meta.dirname, "..", "scripts", "postgres-server.sh");
  const printed = execFileSync("bash", [script, "start", SERVER_NAME, SERVER_PORT], { encoding: "utf8" }).trim();
  const serverUrl = new URL(printed.split("\n").at(-1) ?? "");

  // ban_tin may create databases (CREATEDB): it drops last run's from the maintenance database.
  const maintenance = new pg.Client({ connectionString: Object.assign(new URL(serverUrl), { pathname: "/postgres" }).toString() });
  await maintenance.connect();
  try {
    await maintenance.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
    await maintenance.query(`CREATE DATABASE ${TEST_DATABASE} ENCODING 'UTF8'`);
  } finally {
    await maintenance.end();
  }

  const testUrl = Object.assign(new URL(serverUrl), { pathname: `/${TEST_DATABASE}` }).toString();
  project.provide("testDatabaseUrl", testUrl);
  process.env.TEST_DATABASE_URL = testUrl;
}
