import path from "node:path";
import mysql from "mysql2/promise";
import type { TestProject } from "vitest/node";
import { startLegacyMariaDb } from "./legacy-portals";

// npm run test:db:mariadb: the old portals' databases on a private MariaDB server
// (scripts/mariadb-server.sh), name TEST_MARIADB_NAME ("test") on TEST_MARIADB_PORT (23307). A
// server that was already running is left running; one this run started is stopped at its end.

declare module "vitest" {
  export interface ProvidedContext {
    legacyAdminUrl: string;
    legacyReadUrl: string;
  }
}

async function answers(adminUrl: string): Promise<boolean> {
  const url = new URL(adminUrl);
  try {
    const connection = await mysql.createConnection({ host: url.hostname, port: Number(url.port), user: url.username, password: url.password, connectTimeout: 2000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const name = process.env.TEST_MARIADB_NAME ?? "test";
  const port = Number(process.env.TEST_MARIADB_PORT ?? "23307");
  const wasRunning = await answers(`mysql://ban_tin:ban_tin@127.0.0.1:${port}`);
  const server = startLegacyMariaDb(name, port);
  project.provide("legacyAdminUrl", server.adminUrl);
  // Without a database: each test file appends its own.
  project.provide("legacyReadUrl", server.readUrl("").replace(/\/$/, ""));
  return async () => {
    if (wasRunning) return;
    const { execFileSync } = await import("node:child_process");
    execFileSync("bash", [path.join(import.meta.dirname, "..", "scripts", "mariadb-server.sh"), "stop", name], { stdio: "inherit" });
  };
}
