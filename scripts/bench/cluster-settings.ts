// Where `npm run bench -- --cluster` runs its cluster: a state folder and ports of its own, apart
// from a developer's `npm run cluster` (data/cluster/, 8080, 3101…, 25436, 26380) and the e2e
// servers. Each can be moved with the BENCH_CLUSTER_* variable of the same name.
import path from "node:path";

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} phải là một cổng (1–65535), nhận được "${raw}".`);
    process.exit(2);
  }
  return value;
}

export type ClusterBenchSettings = {
  stateDir: string;
  /** nginx in front of the instances; the site's address is http://localhost:<port>. */
  port: number;
  firstAppPort: number;
  postgresPort: number;
  redisPort: number;
  /** The second nginx, serving a static copy of the pages. */
  staticPort: number;
};

export function clusterBenchSettings(): ClusterBenchSettings {
  return {
    stateDir: path.resolve(process.env.BENCH_CLUSTER_STATE_DIR || path.join("data", "bench-cluster")),
    port: port("BENCH_CLUSTER_PORT", 8180),
    firstAppPort: port("BENCH_CLUSTER_APP_PORT", 3181),
    postgresPort: port("BENCH_CLUSTER_POSTGRES_PORT", 25446),
    redisPort: port("BENCH_CLUSTER_REDIS_PORT", 26386),
    staticPort: port("BENCH_CLUSTER_STATIC_PORT", 8181),
  };
}

/** What scripts/cluster.ts and the server scripts read to run this cluster. */
export function clusterEnv(settings: ClusterBenchSettings, instances: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CLUSTER_STATE_DIR: settings.stateDir,
    CLUSTER_PORT: String(settings.port),
    CLUSTER_APP_PORT: String(settings.firstAppPort),
    CLUSTER_POSTGRES_PORT: String(settings.postgresPort),
    CLUSTER_REDIS_PORT: String(settings.redisPort),
    CLUSTER_INSTANCES: String(instances),
    POSTGRES_STATE_DIR: path.join(settings.stateDir, "postgres"),
    NGINX_STATE_DIR: path.join(settings.stateDir, "nginx"),
  };
}
