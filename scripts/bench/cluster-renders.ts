// Uncached article renders through nginx without its page cache (issue 19), by one instance and by
// two. Every request asks for an article no request of the run has asked for before: the page and
// its article's data miss Next's cache (in Redis) as well as nginx's, so each one is a render with
// its queries, as the first reader of each article in an archive costs. What every page shares
// (the site's settings, the menu, "most read") stays cached, as it does on a live site.
import autocannon from "autocannon";
import { browserHeaders } from "./bench-server";
import { loadWithCpu, type LoadFigures } from "./load";
import type { ProcessGroup } from "./process-cpu";

export type RenderRow = { instances: number } & LoadFigures;

export type RenderBench = {
  rows: RenderRow[];
  /** Articles asked for, each once (warm-up included), out of those the database has. */
  distinctArticles: number;
  articlesAvailable: number;
  /** Next's X-Nextjs-Cache for an article's first request and for its second: the renders were misses. */
  firstRequestCache: string | null;
  secondRequestCache: string | null;
};

/** One address after another from the list, never the same twice while the list lasts. */
function articleSequence(slugs: string[]) {
  let next = 0;
  return {
    take: () => `/tin-tuc/${slugs[next++ % slugs.length]}`,
    taken: () => next,
  };
}

async function nextjsCacheOf(url: string): Promise<string | null> {
  const response = await fetch(url, { headers: browserHeaders });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} trả lời ${response.status}.`);
  return response.headers.get("x-nextjs-cache");
}

export async function benchUncachedRenders(options: {
  origin: string;
  slugs: string[];
  duration: number;
  warmSeconds: number;
  connections: number;
  /** Puts nginx, without its page cache, in front of this many instances. */
  useInstances: (instances: number) => Promise<void>;
  groups: ProcessGroup[];
}): Promise<RenderBench> {
  const sequence = articleSequence(options.slugs);
  // autocannon asks setupRequest for each request it sends: each gets the next article.
  const requests: NonNullable<Parameters<typeof autocannon>[0]["requests"]> = [{ method: "GET", setupRequest: (request) => ({ ...request, path: sequence.take() }) }];

  await options.useInstances(2);
  const probe = `${options.origin}${sequence.take()}`;
  const firstRequestCache = await nextjsCacheOf(probe);
  const secondRequestCache = await nextjsCacheOf(probe);
  // Both instances' code warmed (JIT, connections to PostgreSQL and Redis) on articles of their own.
  console.log(`Cụm · làm nóng hai phiên bản (${options.warmSeconds} s) …`);
  await autocannon({ url: options.origin, duration: options.warmSeconds, connections: options.connections, headers: browserHeaders, timeout: 10, requests });

  const rows: RenderRow[] = [];
  for (const instances of [1, 2]) {
    await options.useInstances(instances);
    console.log(`Cụm · bài viết chưa có trong bộ đệm, ${instances} phiên bản, nginx không đệm …`);
    const figures = await loadWithCpu({ url: options.origin, duration: options.duration, connections: options.connections, requests }, options.groups);
    rows.push({ instances, ...figures });
  }
  return { rows, distinctArticles: Math.min(sequence.taken(), options.slugs.length), articlesAvailable: options.slugs.length, firstRequestCache, secondRequestCache };
}
