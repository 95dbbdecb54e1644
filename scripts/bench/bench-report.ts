// The bench's table on the terminal and its figures as JSON under bench/results/.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Result } from "autocannon";

export type BenchRow = {
  articles: number;
  name: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Answers not of the status the page should give: 2xx, or `status` when one is expected. */
  non2xx: number;
  /** The status a page answers instead of 200, such as an old address's permanent redirect. */
  status?: number;
};

export function rowOf(articles: number, name: string, urlPath: string, result: Result, status?: number): BenchRow {
  const expected = status === undefined ? null : (result.statusCodeStats as Record<string, { count: number } | undefined>)[String(status)]?.count ?? 0;
  return {
    articles,
    name,
    path: urlPath,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: expected === null ? result.non2xx : result.requests.total - expected,
    ...(status === undefined ? {} : { status }),
  };
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

export function printTable(rows: BenchRow[]): void {
  const header = `${pad("Trang", 46)} ${pad("Số bài", 8, true)} ${pad("req/s", 8, true)} ${pad("p50 ms", 7, true)} ${pad("p99 ms", 7, true)} ${pad("lỗi", 5, true)} ${pad("non-2xx", 8, true)}`;
  console.log(`\n${header}\n${"-".repeat(header.length)}`);
  for (const row of rows) {
    const name = `${row.name}${row.status ? ` (${row.status})` : ""} ${row.path}`.slice(0, 46);
    console.log(
      `${pad(name, 46)} ${pad(String(row.articles), 8, true)} ${pad(String(row.requestsPerSecond), 8, true)} ${pad(String(row.p50Ms), 7, true)} ${pad(String(row.p99Ms), 7, true)} ${pad(String(row.errors), 5, true)} ${pad(String(row.non2xx), 8, true)}`,
    );
  }
}

export function machineDescription() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** bench/results/<date>-<label>.json: the sizes joined with "-" when several were run, or "cluster". */
export function writeResults(label: string, figures: object): string {
  const dir = path.join(process.cwd(), "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${label}.json`);
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}
