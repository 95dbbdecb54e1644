// No "server-only" here: its test imports this file, as the commands' tests import theirs.
import http from "node:http";
import https from "node:https";
import { after } from "next/server";
import { articleListingSlugs } from "@/db/queries/public-articles";
import { getDatabase } from "./database";
import { env } from "./env";

/**
 * nginx keeps each public page for a second (deploy/nginx/ban-tin.conf), and a reader could meet
 * that copy for up to a second after an editor saw "Đã đăng", more while the app renders it anew.
 * So the instance that made a change readers see asks nginx at once, after its answer has gone
 * (after(), when the pages' tags are expired), for a fresh copy of the pages the change touched: a
 * GET through nginx with this header, from an instance's address, skips the stored copy and stores
 * the new one. Other pages run out after their second, as before. Without NGINX_REFRESH_URL, nothing.
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

/** Asks nginx for fresh copies of these public pages, one after the other; how many it renewed. */
async function refreshPageCopies(paths: readonly string[]): Promise<number> {
  if (!env.NGINX_REFRESH_URL) return 0;
  const nginx = new URL(env.NGINX_REFRESH_URL);
  const host = env.SITE_URL ? new URL(env.SITE_URL).host : nginx.host;
  const unique = [...new Set(paths)];
  let renewed = 0;
  for (const path of unique) {
    // One after the other: the second copy comes from the instance's own cache, which the first filled.
    let both = true;
    for (const encoding of ENCODINGS) both = (await refreshOne(nginx, host, path, encoding)) && both;
    if (both) renewed += 1;
  }
  if (renewed < unique.length) console.warn(`Không làm mới được bản sao của nginx cho ${unique.length - renewed} trang (${env.NGINX_REFRESH_URL}): chúng hết hạn sau một giây như thường lệ.`);
  return renewed;
}

// Pages asked for while a round of refreshes runs wait for the next round, once each: an editor
// autosaving a published article every few seconds costs at most one round at a time.
const waiting = new Set<string>();
let round: Promise<void> | null = null;

/** Refreshes these pages in the next round (started now when none runs); resolves when they are done. */
export function refreshPageCopiesSoon(paths: readonly string[]): Promise<void> {
  for (const path of paths) waiting.add(path);
  round ??= (async () => {
    try {
      while (waiting.size > 0) {
        const batch = [...waiting];
        waiting.clear();
        await refreshPageCopies(batch);
      }
    } finally {
      round = null;
    }
  })();
  return round;
}

/** After this answer: home, "Tin tức", and the article's own page and listings (none once it is deleted). */
export function refreshArticleCopiesAfter(articleId: number) {
  if (!env.NGINX_REFRESH_URL) return;
  after(async () => {
    const slugs = await articleListingSlugs(getDatabase(), articleId);
    const own = slugs ? [`/tin-tuc/${slugs.slug}`, `/chuyen-muc/${slugs.categorySlug}`, `/don-vi/${slugs.unitSlug}`] : [];
    await refreshPageCopiesSoon(["/", "/tin-tuc", ...own]);
  });
}
