// `npm run cluster` (issue 19): the whole multi-instance site on one machine, for testing. Private
// PostgreSQL and Redis servers and nginx (Debian's packages, installed by their scripts when
// missing), all on loopback ports with their state under data/cluster/; the database migrated and
// given the demo; CLUSTER_INSTANCES app instances (default 2) behind nginx on CLUSTER_PORT (default
// 8080). `npm run cluster:stop` stops exactly what this started, by the PIDs it wrote.
// CLUSTER_STATE_DIR puts all of it elsewhere than data/cluster/ (the e2e journey through the
// cluster, e2e/cluster.spec.ts, runs one of its own beside a developer's).
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureProductionBuild } from "./production-build";
import { serverEnv, serverNodeFlags, serverScript } from "./server-process";
import { isRunning } from "./process-running";

const root = process.cwd();
const stateDir = path.resolve(root, process.env.CLUSTER_STATE_DIR || path.join("data", "cluster"));
const pidsFile = path.join(stateDir, "app-pids.json");
// The servers' own state under data/cluster/ too, apart from the development and test servers'.
const postgresEnv = { ...process.env, POSTGRES_STATE_DIR: path.join(stateDir, "postgres") };
const redisEnv = { ...process.env, REDIS_STATE_DIR: path.join(stateDir, "redis") };
const nginxEnv = { ...process.env, NGINX_STATE_DIR: path.join(stateDir, "nginx") };

type ClusterSettings = { instances: number; port: number; firstAppPort: number; postgresPort: number; redisPort: number };

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} phải là số nguyên dương (cổng tối đa 65535), nhận được "${raw}".`);
    process.exit(2);
  }
  return value;
}

function settings(): ClusterSettings {
  const instances = positive("CLUSTER_INSTANCES", 2);
  if (instances > 16) {
    console.error(`CLUSTER_INSTANCES tối đa 16, nhận được ${instances}.`);
    process.exit(2);
  }
  return {
    instances,
    port: positive("CLUSTER_PORT", 8080),
    firstAppPort: positive("CLUSTER_APP_PORT", 3101),
    postgresPort: positive("CLUSTER_POSTGRES_PORT", 25436),
    redisPort: positive("CLUSTER_REDIS_PORT", 26380),
  };
}

/** Runs one of the project's server scripts; its last line of output is what it prints for us. */
function script(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync("bash", [path.join(root, "scripts", file), ...args], { encoding: "utf8", env, stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) {
    console.error(`scripts/${file} ${args.join(" ")} thất bại (mã ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  return result.stdout.trim().split("\n").at(-1) ?? "";
}

function tsx(file: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync("npx", ["tsx", path.join(root, "scripts", file)], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** One signing secret for every instance, made once: a session signed by one is read by all. */
function sharedSecret(): string {
  const file = path.join(stateDir, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function stopApps(): Promise<void> {
  if (!fs.existsSync(pidsFile)) return;
  const pids = JSON.parse(fs.readFileSync(pidsFile, "utf8")) as number[];
  // SIGTERM: each instance finishes its requests and writes the view counts it holds.
  for (const pid of pids) if (isRunning(pid)) process.kill(pid, "SIGTERM");
  const until = Date.now() + 15_000;
  while (pids.some(isRunning) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of pids) if (isRunning(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(pidsFile, { force: true });
}

async function stop(): Promise<void> {
  await stopApps();
  script("nginx-server.sh", ["stop"], nginxEnv);
  script("redis-server.sh", ["stop", "cluster"], redisEnv);
  script("postgres-server.sh", ["stop", "cluster"], postgresEnv);
  console.log("Đã dừng cụm máy chủ.");
}

async function start(): Promise<void> {
  const s = settings();
  fs.mkdirSync(stateDir, { recursive: true });
  if (fs.existsSync(pidsFile)) await stopApps();

  const serverUrl = script("postgres-server.sh", ["start", "cluster", String(s.postgresPort)], postgresEnv);
  const redis = script("redis-server.sh", ["start", "cluster", String(s.redisPort)], redisEnv);
  const site = `http://localhost:${s.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: serverUrl,
    REDIS_URL: redis.replace(/^REDIS_URL=/, ""),
    NEXTAUTH_SECRET: sharedSecret(),
    NEXTAUTH_URL: site,
    SITE_URL: site,
    // One folder for every instance's media: several instances on one machine share it as is.
    MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(stateDir, "media"),
    BACKUP_DIR: process.env.BACKUP_DIR ?? path.join(stateDir, "backups"),
    TRUSTED_PROXIES: "127.0.0.1, ::1",
    // After a change readers see, an instance asks nginx for fresh copies of the pages it touched.
    NGINX_REFRESH_URL: `http://127.0.0.1:${s.port}`,
    CLUSTER_INSTANCES: String(s.instances),
  };

  tsx("migrate-database.ts", env);
  tsx("prepare-database.ts", env);
  // The build renders its 404 page from the database: the cluster's.
  Object.assign(process.env, env);
  ensureProductionBuild();

  const ports = Array.from({ length: s.instances }, (_, i) => s.firstAppPort + i);
  const pids: number[] = [];
  for (const port of ports) {
    const log = fs.openSync(path.join(stateDir, `app-${port}.log`), "a");
    const child = spawn(process.execPath, [...serverNodeFlags(env), serverScript], {
      env: { ...env, ...serverEnv(env), PORT: String(port) },
      stdio: ["ignore", log, log],
      detached: true,
    });
    child.unref();
    if (child.pid) pids.push(child.pid);
  }
  fs.writeFileSync(pidsFile, JSON.stringify(pids));
  for (const port of ports) {
    if (!(await answers(`http://localhost:${port}/`, 60_000))) {
      console.error(`Phiên bản trên cổng ${port} không trả lời sau 60 giây; xem ${path.join(stateDir, `app-${port}.log`)}.`);
      await stop();
      process.exit(1);
    }
  }
  script("nginx-server.sh", ["start", String(s.port), ...ports.map(String)], nginxEnv);
  console.log(`Cụm máy chủ đang chạy: ${s.instances} phiên bản (cổng ${ports.join(", ")}) sau nginx tại ${site}`);
  console.log("Dừng: npm run cluster:stop");
}

if (process.argv[2] === "stop") await stop();
else await start();
