// Imported first by the bench scripts: `--database postgres` must choose the tables before any
// module imports db/schema.ts (db/dialect.ts reads DATABASE_URL when that module is first loaded).
// It starts the private bench server (scripts/postgres-server.sh, name "bench", port 25435) and
// points DATABASE_URL at it; each size gets a database of its own there (benchDatabaseLocation).
// `--cluster` is PostgreSQL too, the cluster's own server: only its address is set here, and the
// cluster's bench starts it (scripts/bench/cluster-bench.ts).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { clusterBenchSettings, clusterEnv } from "./cluster-settings";

const at = process.argv.indexOf("--database");
const inline = process.argv.find((arg) => arg.startsWith("--database="))?.split("=")[1];
const cluster = process.argv.includes("--cluster");
export const benchDialect = (cluster ? "postgres" : (inline ?? (at >= 0 ? process.argv[at + 1] : undefined) ?? "sqlite")) as "sqlite" | "postgres";
if (benchDialect !== "sqlite" && benchDialect !== "postgres") {
  console.error(`--database phải là sqlite hoặc postgres, nhận được "${String(benchDialect)}".`);
  process.exit(2);
}

if (cluster) {
  const settings = clusterBenchSettings();
  const script = path.join(import.meta.dirname, "..", "postgres-server.sh");
  process.env.DATABASE_URL = execFileSync("bash", [script, "url", "cluster", String(settings.postgresPort)], { encoding: "utf8", env: clusterEnv(settings, 2) }).trim();
} else if (benchDialect === "postgres") {
  const script = path.join(import.meta.dirname, "..", "postgres-server.sh");
  const printed = execFileSync("bash", [script, "start", "bench", process.env.BENCH_PG_PORT ?? "25435"], { encoding: "utf8" }).trim();
  process.env.DATABASE_URL = printed.split("\n").at(-1);
} else {
  delete process.env.DATABASE_URL;
}

/** Where the bench database of this size is: a file under `dir`, or a database on the bench server. */
export function benchDatabaseLocation(dir: string, articles: number): string {
  if (benchDialect === "sqlite") return path.join(dir, `bench-${articles}.db`);
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.pathname = `/bench_${articles}`;
  return url.toString();
}
