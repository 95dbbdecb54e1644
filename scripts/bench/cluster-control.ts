// The bench's hold on its cluster: started and stopped through scripts/cluster.ts with the bench's
// own settings, nginx put in front of one or both instances with or without its page cache
// (scripts/nginx-server.sh reloads a running nginx), and the processes to watch for the CPU profile.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { clusterEnv, type ClusterBenchSettings } from "./cluster-settings";
import type { ProcessGroup } from "./process-cpu";

export const CLUSTER_INSTANCES = 2;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} thất bại (mã ${result.status}).`);
  return result.stdout.trim().split("\n").at(-1) ?? "";
}

/** The cluster's PostgreSQL alone, before the cluster: the bench database is made on it first. */
export function startClusterPostgres(settings: ClusterBenchSettings): string {
  return run("bash", [path.join("scripts", "postgres-server.sh"), "start", "cluster", String(settings.postgresPort)], clusterEnv(settings, CLUSTER_INSTANCES));
}

/** `npm run cluster` with the bench's settings: Redis, the build when stale, the instances, nginx. */
export function startCluster(settings: ClusterBenchSettings): void {
  // The cluster prepares the database but does not seed it: the bulk seed left it full.
  const result = spawnSync("npx", ["tsx", path.join("scripts", "cluster.ts")], { env: clusterEnv(settings, CLUSTER_INSTANCES), stdio: "inherit" });
  if (result.status !== 0) throw new Error(`scripts/cluster.ts thất bại (mã ${result.status}).`);
}

/** `npm run cluster:stop` with the same settings: everything the cluster started, by its PIDs. */
export function stopCluster(settings: ClusterBenchSettings): void {
  spawnSync("npx", ["tsx", path.join("scripts", "cluster.ts"), "stop"], { env: clusterEnv(settings, CLUSTER_INSTANCES), stdio: "inherit" });
}

export function appPorts(settings: ClusterBenchSettings, instances: number): number[] {
  return Array.from({ length: instances }, (_, i) => settings.firstAppPort + i);
}

/**
 * nginx in front of the first `instances` app instances, with its page cache or without it. The
 * old workers finish their requests and leave; nginx's own header says which configuration answers.
 */
export async function configureNginx(settings: ClusterBenchSettings, options: { instances: number; pageCache: boolean }): Promise<void> {
  const env = { ...clusterEnv(settings, CLUSTER_INSTANCES), NGINX_PAGE_CACHE: options.pageCache ? "on" : "off" };
  const ports = appPorts(settings, options.instances).map(String);
  run("bash", [path.join("scripts", "nginx-server.sh"), "start", String(settings.port), ...ports], env);
  // X-Cache-Status is added only where the page cache is on (its value is empty without it).
  const until = Date.now() + 10_000;
  for (;;) {
    // An old worker closes its kept-alive connection as it leaves: that answer is simply asked again.
    const cacheStatusShown = await fetch(`http://127.0.0.1:${settings.port}/`).then(
      async (answer) => (await answer.arrayBuffer(), answer.headers.has("x-cache-status")),
      () => null,
    );
    if (cacheStatusShown === options.pageCache) break;
    if (Date.now() > until) throw new Error("nginx không nạp lại cấu hình sau 10 giây.");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

function pidFrom(file: string): number {
  const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]?.trim());
  if (!Number.isInteger(pid) || pid < 1) throw new Error(`Không đọc được PID trong ${file}.`);
  return pid;
}

/** What runs for the cluster, by the PID files its scripts wrote; `loadGenerator` is this process. */
export function clusterProcesses(settings: ClusterBenchSettings): ProcessGroup[] {
  const apps = JSON.parse(fs.readFileSync(path.join(settings.stateDir, "app-pids.json"), "utf8")) as number[];
  return [
    ...apps.map((pid, i) => ({ name: `app ${settings.firstAppPort + i}`, pid })),
    { name: "PostgreSQL", pid: pidFrom(path.join(settings.stateDir, "postgres", "cluster", "postmaster.pid")) },
    { name: "Redis", pid: pidFrom(path.join(settings.stateDir, "redis", "cluster", "redis.pid")) },
    { name: "nginx", pid: pidFrom(path.join(settings.stateDir, "nginx", "nginx.pid")) },
    { name: "autocannon (bench)", pid: process.pid },
  ];
}
