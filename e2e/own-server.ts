// A second server for the journeys that need one of their own: a folder of data nobody else
// writes (a restored backup), or a process whose memory is measured alone. It is started the way
// `npm start` starts (scripts/start.ts), on the production build the main e2e server already made.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freshPostgresDatabase, siblingDatabaseUrl } from "./fresh-postgres";

// Each journey's server has its port beside the main e2e server's (E2E_PORT, 3100 by default), so
// two runs on one machine (E2E_PORT=3200) never meet, and journeys running at once never share one.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT_OFFSETS = { "views-shutdown": 1, "sign-in": 2, fuzz: 3, uploads: 4, "restore-drill": 5, settings: 6, "phone-views": 7, "database-restart": 8, import: 9, "shared-cache-a": 10, "shared-cache-b": 11, "clock-step": 12, attacker: 40, cluster: 50, "cluster-apps": 51 } as const;

export function ownPort(journey: keyof typeof PORT_OFFSETS): number {
  return E2E_PORT + PORT_OFFSETS[journey];
}

// The private servers journeys start mid-run sit below 32768, outside the ports Linux gives client
// connections (README, "Testing"). Another run on the machine (E2E_PORT=3200) moves them 10 along for
// each 100 of E2E_PORT, clear of the other private servers' ports (26393 is the reader-memory test's).
const SERVICE_PORTS = { "shared-cache-redis": 26390, "cluster-redis": 26391, "cluster-postgres": 25437 } as const;

export function ownServicePort(service: keyof typeof SERVICE_PORTS): number {
  return SERVICE_PORTS[service] + 10 * Math.floor((E2E_PORT - 3100) / 100);
}

export type OwnServer = {
  baseURL: string;
  /** Its database, for openDatabase: the SQLite file, or on a PostgreSQL run its URL. */
  databaseLocation: string;
  /** What the server printed lately (its last 20,000 characters), for a journey that checks its log. */
  log(): string;
  /** Resident memory of the server process (not the tsx and start.ts processes that launched it), in bytes. */
  rssBytes(): number;
  stop(): Promise<void>;
};

/** The processes whose parent is `pid` (Linux /proc): a launcher's server, an nginx master's workers. */
export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** The processes at the ends of the tree: the server itself, not tsx and scripts/start.ts above it. */
function leavesOf(pid: number): number[] {
  const children = childrenOf(pid);
  return children.length === 0 ? [pid] : children.flatMap(leavesOf);
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function waitUntilServing(baseURL: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${baseURL}/robots.txt`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer within 2 minutes:\n${log()}`);
}

/**
 * The database of a journey's own server: a SQLite file under `dataDir` (left as the caller made
 * it: a restore drill fills it first), or on a PostgreSQL run a fresh, migrated database on the
 * run's server, named by the port; with the environment variables that point a server at it.
 */
export type OwnDatabase = { location: string; env: Record<string, string> };

export async function ownDatabase(port: number, dataDir: string): Promise<OwnDatabase> {
  if (process.env.DATABASE_URL) {
    const location = await freshPostgresDatabase(siblingDatabaseUrl(process.env.DATABASE_URL, `own_${port}`));
    return { location, env: { DATABASE_URL: location } };
  }
  const location = path.join(dataDir, "ban-tin.sqlite");
  return { location, env: { DATABASE_PATH: location } };
}

/**
 * Starts a server on `port` with its database (`database`, which the caller made with ownDatabase
 * and filled, or a new one), media and backups under `dataDir`, and waits until it answers.
 */
export async function startOwnServer(options: { port: number; dataDir: string; database?: OwnDatabase; env?: Record<string, string> }): Promise<OwnServer> {
  const { port, dataDir } = options;
  const own = options.database ?? (await ownDatabase(port, dataDir));
  const database = own.env;
  const baseURL = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      SITE_URL: baseURL,
      ...database,
      MEDIA_DIR: path.join(dataDir, "media"),
      // Not the default data/backups: that is the developer's own site's, and each backup there deletes its oldest beyond 14.
      BACKUP_DIR: path.join(dataDir, "backups"),
      TZ: "UTC",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error("The server could not be started.");
  await waitUntilServing(baseURL, child, () => output);
  return {
    baseURL,
    databaseLocation: own.location,
    log: () => output,
    rssBytes: () => leavesOf(pid).reduce((sum, each) => sum + rssOf(each), 0),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) process.kill(-pid, "SIGKILL");
    },
  };
}
