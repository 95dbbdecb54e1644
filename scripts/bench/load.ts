// The cluster bench's two ways to load an address, each measuring every process group's CPU meanwhile:
// autocannon (in Node) for the renders, where the app is the limit; wrk (Debian's package, in C) for
// the loads nginx answers from memory, where autocannon on the same two cores stopped near 2,000
// req/s whatever nginx could do (2026-12-01, 80–88 % of a core for autocannon against 25 % for
// nginx). scripts/wrk.sh installs wrk.
import { execFileSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { browserHeaders } from "./bench-server";
import { measureCpu, type CpuProfile, type ProcessGroup } from "./process-cpu";

export type LoadFigures = { requestsPerSecond: number; requests: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; cpu: CpuProfile };

export async function loadWithCpu(options: Parameters<typeof autocannon>[0], groups: ProcessGroup[]): Promise<LoadFigures> {
  const cpu = measureCpu(groups);
  const result = await autocannon({ headers: browserHeaders, timeout: 10, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpu: cpu.stop(),
  };
}

export function ensureWrk(): void {
  execFileSync("bash", [path.join(import.meta.dirname, "..", "wrk.sh"), "ensure"], { stdio: "inherit" });
}

/** "635.91us", "1.20ms", "2.01s" → milliseconds. */
export function wrkMilliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`wrk: không đọc được thời gian "${text}".`);
  const value = Number(match[1]);
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return Math.round(value * scale * 100) / 100;
}

/** What `wrk --latency` prints, as the bench's figures (cpu filled by the caller). */
export function parseWrkOutput(output: string): Omit<LoadFigures, "cpu"> {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? "0");
  const percentile = (p: number) => {
    const match = new RegExp(`^\\s*${p}%\\s+(\\S+)`, "m").exec(output);
    if (!match?.[1]) throw new Error(`wrk: thiếu phân vị ${p}% (cần --latency).\n${output}`);
    return wrkMilliseconds(match[1]);
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: Math.round(number(/Requests\/sec:\s+([\d.]+)/)),
    requests: number(/(\d+) requests in /),
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    errors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non2xx: number(/Non-2xx or 3xx responses:\s+(\d+)/),
  };
}

/**
 * Loads one address with wrk (two threads, one per core) and measures each process group's CPU
 * meanwhile. wrk corrects its percentiles for the requests a stalled connection did not send (a
 * 440 ms wait, at 2 ms a request, counts as some 220 slow requests): one stall shows in the p99.
 */
export function wrkWithCpu(options: { url: string; duration: number; connections: number; headers?: Record<string, string> }, groups: ProcessGroup[]): LoadFigures {
  const cpu = measureCpu(groups);
  const headers = Object.entries(options.headers ?? browserHeaders).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const output = execFileSync("wrk", ["-t2", `-c${Math.max(2, options.connections)}`, `-d${options.duration}s`, "--latency", "--timeout", "10s", ...headers, options.url], { encoding: "utf8" });
  return { ...parseWrkOutput(output), cpu: cpu.stop() };
}
