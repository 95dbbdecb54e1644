// No "server-only" here: its test imports this file, as the commands' tests import theirs.
import http from "node:http";
import https from "node:https";
import { after } from "next/server";
import { articleListingSlugs } from "@/db/queries/public-articles";
import { getDatabase } from "./database";
import { env } from "./env";
import { expiriesUnderWay } from "./expiries-under-way.mjs";

/**
 * nginx keeps each public page for a second (deploy/nginx/ban-tin.conf), and a reader could meet
 * that copy for up to a second after an editor saw "Đã đăng", more while the app renders it anew.
 * So the instance that made a change readers see asks nginx at once, after its answer has gone
 * (after()), for a fresh copy of the pages the change touched: a GET through nginx with this header,
 * from an instance's address, skips the stored copy and stores the new one. Other pages run out
 * after their second, as before. Without NGINX_REFRESH_URL, nothing. A route handler's tags are
 * expired in Redis at that same moment (Next runs its revalidateTag after the answer too), so each
 * renewal first waits for the expiries under way (server/expiries-under-way.mjs): asked before, an
 * instance would render nothing new and hand nginx the old copy to keep for another second.
 */
const REFRESH_HEADER = "x-ban-tin-nap-lai";
const TIMEOUT_MS = 10_000;

// nginx keeps a gzip and a plain copy of each page (deploy/nginx/ban-tin.conf): browsers get the first.
const ENCODINGS = ["gzip", ""] as const;

// One GET through nginx, as a reader of the site asks it (its Host, since nginx keys pages by it); never throws.
function refreshOne(nginx: URL, host: string, path: string, encoding: string): Promise<boolean> {
  return new Promise((resolve) => {
    const client = nginx.protocol === "https:" ? https : http;
    const headers = { host, [REFRESH_HEADER]: "1", ...(encoding ? { "accept-encoding": encoding } : {}) };
    const request = client.get(new URL(path, nginx), { headers, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on("end", () => resolve((response.statusCode ?? 500) < 500));
      response.on("error", () => resolve(false));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

/** Asks nginx for fresh copies of one public page, gzip then plain; whether both were renewed. */
async function refreshPageCopy(nginx: URL, host: string, path: string): Promise<boolean> {
  // One after the other: the second copy comes from the instance's own cache, which the first filled.
  let both = true;
  for (const encoding of ENCODINGS) both = (await refreshOne(nginx, host, path, encoding)) && both;
  return both;
}

// Pages wait in one queue, each once (an editor autosaving a published article every few seconds
// costs each page at most one renewal waiting and one under way), and two are renewed at a time:
// nginx hands the two renders to two instances (or one instance interleaves them), so "Tin tức" is
// not kept waiting behind the home page. A page asked for again while its copy is being renewed (a change
// came after its render began) waits until that copy is stored, then is renewed again: never two
// at once, or an older render could be stored over a newer one.
const CONCURRENT_PAGES = 2;
const waiting = new Set<string>();
const renewing = new Set<string>();
let workers = 0;
let drained: { promise: Promise<void>; resolve: () => void } | null = null;

const canStart = () => [...waiting].some((path) => !renewing.has(path));

function nextPage(): string | undefined {
  for (const path of waiting) {
    if (renewing.has(path)) continue;
    waiting.delete(path);
    return path;
  }
  return undefined;
}

async function renewWhileWaiting(nginx: URL, host: string): Promise<void> {
  for (let path = nextPage(); path !== undefined; path = nextPage()) {
    renewing.add(path);
    try {
      await expiriesUnderWay();
      if (!(await refreshPageCopy(nginx, host, path))) console.warn(`Không làm mới được bản sao của nginx cho trang ${path} (${nginx.origin}): nó hết hạn sau một giây như thường lệ.`);
    } finally {
      renewing.delete(path);
    }
  }
}

/** Queues these pages for renewal (two at a time); resolves when the queue is empty. */
export function refreshPageCopiesSoon(paths: readonly string[]): Promise<void> {
  if (!env.NGINX_REFRESH_URL) return Promise.resolve();
  const nginx = new URL(env.NGINX_REFRESH_URL);
  const host = env.SITE_URL ? new URL(env.SITE_URL).host : nginx.host;
  for (const path of paths) waiting.add(path);
  while (workers < CONCURRENT_PAGES && canStart()) {
    workers += 1;
    void renewWhileWaiting(nginx, host).finally(() => {
      workers -= 1;
      if (workers > 0) return;
      drained?.resolve();
      drained = null;
    });
  }
  if (workers === 0) return Promise.resolve();
  if (!drained) {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    drained = { promise, resolve };
  }
  return drained.promise;
}

/**
 * After this answer: the article's own page and, unless only that page changed (its text: core/article-save.ts
 * readerChange), home, "Tin tức" and its listings (none once it is deleted).
 */
export function refreshArticleCopiesAfter(articleId: number, onlyItsPage: boolean) {
  if (!env.NGINX_REFRESH_URL) return;
  after(async () => {
    const slugs = await articleListingSlugs(getDatabase(), articleId);
    const own = slugs ? [`/tin-tuc/${slugs.slug}`, `/chuyen-muc/${slugs.categorySlug}`, `/don-vi/${slugs.unitSlug}`] : [];
    await refreshPageCopiesSoon(onlyItsPage ? own.slice(0, 1) : ["/", "/tin-tuc", ...own]);
  });
}
