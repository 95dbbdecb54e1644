// The cluster's cached public pages (issue 19): each page loaded through nginx with its page cache
// on, then its HTML served as a static file by a second nginx, one after the other, so the two
// figures of a row share the machine's load of the moment. Both are loaded with wrk (scripts/bench/load.ts):
// autocannon stopped near 2,000 req/s on these cores, measuring itself rather than nginx.
import os from "node:os";
import { browserHeaders } from "./bench-server";
import { ensureWrk, wrkWithCpu, type LoadFigures } from "./load";
import type { ProcessGroup } from "./process-cpu";
import { startStaticNginx } from "./static-nginx";

export type CachedPageRow = {
  name: string;
  path: string;
  htmlKb: number;
  cached: LoadFigures;
  staticCopy: LoadFigures;
  /** The 1-minute load average as the row began. */
  loadAverage: number;
};

/** GETs the page until nginx answers it from its cache; returns the HTML. */
async function warmInNginx(origin: string, urlPath: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${origin}${urlPath}`, { headers: browserHeaders });
    const html = await response.text();
    if (!response.ok) throw new Error(`${urlPath} trả lời ${response.status} qua nginx.`);
    if (response.headers.get("x-cache-status") === "HIT") return html;
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
  const copies = new Map<string, string>();
  for (const [i, page] of options.pages.entries()) copies.set(`trang-${i}`, await warmInNginx(options.origin, page.path));
  const copy = startStaticNginx(options.stateDir, options.staticPort, copies);
  const staticGroups = [...options.groups, { name: "nginx (bản tĩnh)", pid: copy.pid }];
  const rows: CachedPageRow[] = [];
  try {
    for (const [i, page] of options.pages.entries()) {
      const html = copies.get(`trang-${i}`) ?? "";
      const loadAverage = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
      console.log(`Cụm · ${page.name} ${page.path} qua bộ đệm nginx, rồi bản tĩnh …`);
      await warmInNginx(options.origin, page.path);
      const cached = wrkWithCpu({ url: `${options.origin}${page.path}`, duration: options.duration, connections: options.connections }, staticGroups);
      const staticCopy = wrkWithCpu({ url: `${copy.origin}${copy.pathOf(`trang-${i}`)}`, duration: options.duration, connections: options.connections }, staticGroups);
      rows.push({ name: page.name, path: page.path, htmlKb: Math.round(Buffer.byteLength(html) / 1024), cached, staticCopy, loadAverage });
    }
  } finally {
    await copy.stop();
  }
  return rows;
}
