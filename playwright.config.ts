import fs from "node:fs";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Another port and folder let two runs share a machine (E2E_PORT=3200 E2E_DATA_DIR=data/e2e-2).
const dataDir = process.env.E2E_DATA_DIR ?? "data/e2e";
export const e2eDatabasePath = `${dataDir}/ban-tin.sqlite`;
/** The server's database: PostgreSQL on `npm run test:e2e:pg` (scripts/e2e-postgres.sh sets DATABASE_URL), else the file. */
export const e2eDatabaseLocation = process.env.DATABASE_URL ?? e2eDatabasePath;

// No browser download works on our machines: drive Debian's Chromium, or Playwright's own
// where one happens to be installed.
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)));
}

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // Headless Chromium announces itself as "HeadlessChrome", which the view counter rightly
    // ignores as a robot; our readers in these tests are people, so they use Chrome's own name.
    userAgent:
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  // The reader journeys check the demo content as seeded, so they run before the staff journeys
  // that publish new articles into the same database.
  // reader-freshness publishes articles as an editor, so it runs with the staff journeys.
  projects: [
    { name: "ban-doc", testMatch: ["reader-*.spec.ts", "accessible-*.spec.ts"], testIgnore: ["reader-freshness.spec.ts"] },
    {
      name: "bien-tap",
      testIgnore: [
        /\/reader-(?!freshness)[^/]*\.spec\.ts$/,
        "accessible-*.spec.ts",
        "admin-accounts.spec.ts",
        "restore-drill.spec.ts",
        "admin-backup.spec.ts",
        // The upload path's memory ceilings are measured on the SQLite run only: they measure buffers,
        // not the database, and a second run on a busy machine measured noise once (+33 MB against 25).
        ...(process.env.DATABASE_URL ? ["upload-memory.spec.ts"] : []),
        // A PostgreSQL restart during a save needs PostgreSQL's tables in this process: the PostgreSQL run only.
        ...(process.env.DATABASE_URL ? [] : ["editor-database-restart.spec.ts"]),
        // The journey through the cluster brings its own PostgreSQL (scripts/cluster.ts): once, in the SQLite run.
        ...(process.env.DATABASE_URL ? ["cluster.spec.ts"] : []),
      ],
      dependencies: ["ban-doc"],
    },
    // Runs last and alone: it briefly leaves one active admin to show that one cannot be disabled.
    { name: "quan-tri", testMatch: ["admin-accounts.spec.ts"], dependencies: ["bien-tap"] },
    // After everything else: the drill publishes articles and loads pages while it backs up, which
    // would move the counts and the order that the staff journeys check on the shared demo site.
    { name: "sao-luu", testMatch: ["restore-drill.spec.ts", "admin-backup.spec.ts"], dependencies: ["quan-tri"] },
  ],
  webServer: {
    // The production build, on a fresh database seeded with the demo content, in a UTC server.
    command: "bash scripts/e2e-server.sh",
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The tests play the reverse proxy a site runs behind: they say which reader they are in
    // X-Forwarded-For, which the server believes from loopback only, as TRUSTED_PROXIES is set
    // behind nginx (README). A server that trusts no proxy is tried in e2e/hardening-*.spec.ts.
    env: { PORT: String(port), SITE_URL: `http://127.0.0.1:${port}`, TRUSTED_PROXIES: "127.0.0.1, ::1", DATABASE_PATH: e2eDatabasePath, MEDIA_DIR: `${dataDir}/media`, BACKUP_DIR: `${dataDir}/backups`, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
