// The cluster's cached public pages (issue 19): each page loaded through nginx with its page cache
// on, then the same bytes served as static files by a second nginx, one after the other, so the two
// figures of a row share the machine's load of the moment. Both are loaded with wrk (scripts/bench/load.ts):
// autocannon stopped near 2,000 req/s on these cores, measuring itself rather than nginx.
//
// Each page is loaded twice: as a browser asks for it (gzip, the figure the target is held to:
// every browser readers use asks for it) and uncompressed (what a client that asks for nothing
// gets), and each copy is made nginx's HIT with the very headers wrk then sends. Warming one copy
// and loading the other made wrk's first requests wait on nginx's cache lock, which looks again
// every 500 ms; wrk counts a stalled request as the ones it could have sent meanwhile, so that one
// wait gave a p99 near 440 ms (2026-12-01 and 12-02 runs).
import http from "node:http";
import os from "node:os";
import { browserHeaders } from "./bench-server";
import { ensureWrk, wrkWithCpu, type LoadFigures } from "./load";
import type { ProcessGroup } from "./process-cpu";
import { startStaticNginx, type StaticPage } from "./static-nginx";

/** How a page is asked for: what Chrome sends, or no compression at all. */
export const PAGE_ENCODINGS = [
  { name: "gzip", acceptEncoding: "gzip, deflate, br, zstd" },
  { name: "không nén", acceptEncoding: "identity" },
] as const;

export type PageEncoding = (typeof PAGE_ENCODINGS)[number]["name"];

export type CachedPageRow = {
  name: string;
  path: string;
  encoding: PageEncoding;
  /** The body's size as sent, compressed or not. */
  kb: number;
  cached: LoadFigures;
  staticCopy: LoadFigures;
  /** The 1-minute load average as the row began. */
  loadAverage: number;
};

type RawAnswer = { status: number; cacheStatus: string; contentEncoding: string; body: Buffer };

/** A GET whose body comes back as sent (fetch would decompress it). */
function getRaw(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            cacheStatus: String(response.headers["x-cache-status"] ?? ""),
            contentEncoding: String(response.headers["content-encoding"] ?? ""),
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** GETs the page with these headers until nginx answers it from its cache; returns the body as sent. */
async function warmInNginx(origin: string, urlPath: string, headers: Record<string, string>): Promise<RawAnswer> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await getRaw(`${origin}${urlPath}`, headers);
    if (answer.status !== 200) throw new Error(`${urlPath} trả lời ${answer.status} qua nginx.`);
    if (answer.cacheStatus === "HIT") return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx không giữ ${urlPath} trong bộ đệm (X-Cache-Status không bao giờ là HIT).`);
}

export async function benchCachedPages(options: {
  origin: string;
  stateDir: string;
  staticPort: number;
  pages: { name: string; path: string }[];
  duration: number;
  connections: number;
  groups: ProcessGroup[];
}): Promise<CachedPageRow[]> {
  ensureWrk();
  const headersOf = (acceptEncoding: string) => ({ ...browserHeaders, "Accept-Encoding": acceptEncoding });
  const [gzip, plain] = PAGE_ENCODINGS;
  const copies: StaticPage[] = [];
  for (const [i, page] of options.pages.entries()) {
    const compressed = await warmInNginx(options.origin, page.path, headersOf(gzip.acceptEncoding));
    if (compressed.contentEncoding !== "gzip") throw new Error(`${page.path}: nginx không trả bản gzip khi trình duyệt xin.`);
    const uncompressed = await warmInNginx(options.origin, page.path, headersOf(plain.acceptEncoding));
    copies.push({ name: `trang-${i}`, html: uncompressed.body, gzip: compressed.body });
  }
  const copy = startStaticNginx(options.stateDir, options.staticPort, copies);
  const staticGroups = [...options.groups, { name: "nginx (bản tĩnh)", pid: copy.pid }];
  const rows: CachedPageRow[] = [];
  try {
    for (const [i, page] of options.pages.entries()) {
      for (const encoding of PAGE_ENCODINGS) {
        const headers = headersOf(encoding.acceptEncoding);
        const loadAverage = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
        console.log(`Cụm · ${page.name} ${page.path} (${encoding.name}) qua bộ đệm nginx, rồi bản tĩnh …`);
        const body = (await warmInNginx(options.origin, page.path, headers)).body;
        const cached = wrkWithCpu({ url: `${options.origin}${page.path}`, duration: options.duration, connections: options.connections, headers }, staticGroups);
        const staticCopy = wrkWithCpu({ url: `${copy.origin}${copy.pathOf(`trang-${i}`)}`, duration: options.duration, connections: options.connections, headers }, staticGroups);
        rows.push({ name: page.name, path: page.path, encoding: encoding.name, kb: Math.round(body.byteLength / 1024), cached, staticCopy, loadAverage });
      }
    }
  } finally {
    await copy.stop();
  }
  return rows;
}
