// The parts of the import bench (scripts/bench-import.ts) that start, fill and run things: the
// private MariaDB server, the old Joomla site on it, a fresh Bản tin database, and the real
// `npm run import` CLI as a child process, timed from start to exit.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { ImportReport } from "@/core/legacy-report";
import { closeDatabase, openDatabase } from "@/db/client";
import { describeLocation } from "@/db/dialect";
import { migratePostgres, recreateDatabase } from "@/db/postgres";
import { seedDemoOrganisation } from "@/seeds/demo";
import { createJoomlaDatabase, inDatabase, startLegacyMariaDb, type LegacyMariaDb } from "@/tests/legacy-portals";
import { fillJoomlaBenchSite } from "./joomla-bench-site";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const MARIADB_NAME = "bench";
// Raised when the generated rows change, so that a kept old site is made again.
const SITE_VERSION = 1;
const SITE_DATABASE = "bench_joomla";

function runningMariaDb(): boolean {
  const pidFile = path.join(repoRoot, "data", "mariadb", MARIADB_NAME, "mariadb.pid");
  try {
    process.kill(Number(fs.readFileSync(pidFile, "utf8").trim()), 0);
    return true;
  } catch {
    return false;
  }
}

/** The private MariaDB server "bench"; stop() stops it only when this run started it (by its PID file, through the script). */
export function startBenchMariaDb(port: number): LegacyMariaDb & { stop: () => void } {
  const wasRunning = runningMariaDb();
  const server = startLegacyMariaDb(MARIADB_NAME, port);
  return {
    ...server,
    stop() {
      if (!wasRunning) execFileSync("bash", [path.join(repoRoot, "scripts", "mariadb-server.sh"), "stop", MARIADB_NAME], { stdio: "inherit" });
    },
  };
}

type SiteStamp = { version: number; articles: number; photos: number };

async function articleCount(adminUrl: string): Promise<number | null> {
  let count: number | null = null;
  await inDatabase(adminUrl, SITE_DATABASE, async (connection) => {
    const [rows] = await connection.query("SELECT COUNT(*) AS n FROM jos_content");
    count = Number((rows as { n: number }[])[0]?.n);
  }).catch(() => undefined);
  return count;
}

/**
 * The old Joomla site of this size: the one a former run made when its stamp and its row count
 * agree, otherwise made again from the reference schema. Returns the read-only URL the import uses.
 */
export async function ensureJoomlaBenchSite(mariadb: LegacyMariaDb, workDir: string, articles: number, photos: number): Promise<{ database: string; readUrl: string; reused: boolean; seconds: number }> {
  const stampFile = path.join(workDir, "joomla-site.json");
  const wanted: SiteStamp = { version: SITE_VERSION, articles, photos };
  const stamp = fs.existsSync(stampFile) ? (JSON.parse(fs.readFileSync(stampFile, "utf8")) as Partial<SiteStamp>) : null;
  const readUrl = mariadb.readUrl(SITE_DATABASE);
  if (stamp?.version === wanted.version && stamp.articles === articles && stamp.photos === photos && (await articleCount(mariadb.adminUrl)) === articles) {
    return { database: SITE_DATABASE, readUrl, reused: true, seconds: 0 };
  }
  fs.rmSync(stampFile, { force: true });
  const started = performance.now();
  await createJoomlaDatabase(mariadb.adminUrl, SITE_DATABASE);
  await fillJoomlaBenchSite(mariadb.adminUrl, SITE_DATABASE, { articles, photos, now: new Date() });
  fs.writeFileSync(stampFile, `${JSON.stringify(wanted)}\n`);
  return { database: SITE_DATABASE, readUrl, reused: false, seconds: (performance.now() - started) / 1000 };
}

/**
 * A fresh Bản tin database with the demo organisation (units, categories, accounts), as the page
 * bench's seed makes it: data/bench/import/ban-tin.sqlite, or bench_import on the bench PostgreSQL
 * server. Returns the environment the import's child process needs to open it.
 */
export async function prepareBanTinDatabase(dialect: "sqlite" | "postgres", workDir: string): Promise<{ description: string; env: Record<string, string | undefined> }> {
  let location: string;
  if (dialect === "postgres") {
    const url = new URL(process.env.DATABASE_URL ?? "");
    url.pathname = "/bench_import";
    location = url.toString();
    await recreateDatabase(location);
    await migratePostgres(location);
  } else {
    location = path.join(workDir, "ban-tin.sqlite");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(location + suffix, { force: true });
  }
  const db = openDatabase(location);
  try {
    await seedDemoOrganisation(db);
  } finally {
    await closeDatabase(db);
  }
  const env = dialect === "postgres" ? { DATABASE_URL: location } : { DATABASE_URL: undefined, DATABASE_PATH: location };
  return { description: describeLocation(location), env };
}

/** A port nothing listens on now (one the system just gave out and took back); fetch refuses low ones such as 9. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export type ImportRun = { seconds: number; report: ImportReport; reportPath: string };

/**
 * `npm run import -- joomla --mysql URL FLAGS` as its own process (tsx, as npm runs it), timed
 * from start to exit; its output goes to data/bench/import/import-NAME.log. A failed run throws
 * with the end of that log.
 */
export async function runImportCli(run: {
  name: string;
  flags: string[];
  mysqlUrl: string;
  env: Record<string, string | undefined>;
  mediaDir: string;
  workDir: string;
  /** `--profile`: the child writes a V8 CPU profile here as it exits. */
  profileDir: string | null;
}): Promise<ImportRun> {
  const reportPath = path.join(run.workDir, `import-report-${run.name}.json`);
  const logPath = path.join(run.workDir, `import-${run.name}.log`);
  fs.rmSync(reportPath, { force: true });
  // No mapping file in the folder the CLI believes it was typed in: the categories are guessed from names.
  fs.rmSync(path.join(run.workDir, "import-mapping.json"), { force: true });
  // A second profiled run the same day must not be summarised from the first one's files.
  if (run.profileDir) fs.rmSync(run.profileDir, { recursive: true, force: true });
  const log = fs.openSync(logPath, "w");
  // Node refuses --cpu-prof in NODE_OPTIONS, and tsx's CLI runs the script in a process of its
  // own: a profiled run loads tsx into the one process instead.
  const runner = run.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${run.profileDir}`, "--import", "tsx"] : [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs")];
  const args = [
    ...runner,
    path.join(repoRoot, "scripts", "import.ts"),
    "joomla",
    "--mysql",
    run.mysqlUrl,
    ...run.flags,
    "--report",
    reportPath,
    // Nothing listens there: the CLI's request to refresh a running site finds no site.
    "--site-url",
    `http://127.0.0.1:${await closedPort()}`,
  ];
  // As `npm run import` runs it (package.json): two malloc arenas, so sharp's threads do not each keep their own.
  const env: NodeJS.ProcessEnv = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2", ...run.env, MEDIA_DIR: run.mediaDir, INIT_CWD: run.workDir };
  for (const [key, value] of Object.entries(run.env)) if (value === undefined) delete env[key];
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ["ignore", log, log] });
    child.on("error", reject);
    child.on("exit", (exitCode) => resolve(exitCode));
  });
  const seconds = (performance.now() - started) / 1000;
  fs.closeSync(log);
  if (code !== 0 || !fs.existsSync(reportPath)) {
    const tail = fs.readFileSync(logPath, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`Lần nhập "${run.name}" kết thúc với mã ${code}; cuối ${path.relative(repoRoot, logPath)}:\n${tail}`);
  }
  return { seconds, report: JSON.parse(fs.readFileSync(reportPath, "utf8")) as ImportReport, reportPath };
}
