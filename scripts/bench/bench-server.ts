// Serves the production build on the bench database, and says how much memory it holds.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { serverEnv, serverNodeFlags, serverScript } from "../server-process";

/** A browser's user agent: the view beacon ignores crawlers, and autocannon sends none. */
export const browserHeaders = { "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 ban-tin-bench" };

export type BenchServer = { origin: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * Starts the server as `npm start` does (scripts/serve.mjs), directly, so its pid is the server's.
 * No hostname: with `next start --hostname 127.0.0.1`, Next answers 404 for the pages proxy.ts rewrites
 * (16.4, and 16.5.0 checked again on 2026-12-04: `/`, `/tin-tuc`, a category, all 404; 200 without it).
 */
export async function startBenchServer(options: {
  port: number;
  /** The SQLite file, or a PostgreSQL URL (its media folder is then beside the bench files). */
  database: string;
  mediaDir: string;
  env?: Record<string, string>;
  /** Where the server writes a V8 CPU profile as it exits; none when null. */
  profileDir?: string | null;
}): Promise<BenchServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const profiling = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", options.profileDir] : [];
  const child = spawn(process.execPath, [...serverNodeFlags(), ...profiling, serverScript], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      ...serverEnv(),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(options.database.startsWith("postgres") ? { DATABASE_URL: options.database } : { DATABASE_PATH: options.database }),
      MEDIA_DIR: options.mediaDir,
      DEMO_SEED: "off",
      PORT: String(options.port),
      SITE_URL: origin,
      ...options.env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Máy chủ dừng ngay khi khởi động (mã ${child.exitCode}); cổng ${options.port} có bận không?`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`Máy chủ không trả lời ở ${origin} sau 90 giây.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    process: child,
    stop: async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}

/** The process and every process under it, from /proc (Linux). */
export function descendants(pid: number): number[] {
  const children = fs.existsSync(`/proc/${pid}/task`)
    ? fs.readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
        const file = `/proc/${pid}/task/${tid}/children`;
        return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number) : [];
      })
    : [];
  return [pid, ...children.flatMap(descendants)];
}

/** VmRSS of the server and any process it started, in MB (Linux /proc). */
export function residentMemoryMb(pid: number): number | null {
  let kb = 0;
  for (const id of descendants(pid)) {
    const status = fs.existsSync(`/proc/${id}/status`) ? fs.readFileSync(`/proc/${id}/status`, "utf8") : "";
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    if (match) kb += Number(match[1]);
  }
  return kb > 0 ? Math.round(kb / 1024) : null;
}
