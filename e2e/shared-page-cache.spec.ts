// Two instances of the site behave as one (issue 19, docs/decisions/0021-shared-page-cache.md): they
// share one database and, through REDIS_URL, one page cache, so a page expired by an edit on one
// instance is not served stale by the other; and with Redis stopped both still serve every page,
// rendering it themselves, until Redis is back and used again.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { and, desc, eq, lte } from "drizzle-orm";
import { closeDatabase, openDatabase, type Database } from "@/db/client";
import { articles } from "@/db/schema";
import { createAccount, expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";
import { ownDatabase, ownPort, ownServicePort, startOwnServer, type OwnServer } from "./own-server";

const portA = ownPort("shared-cache-a");
const portB = ownPort("shared-cache-b");
// A private Redis of the journey's own (E2E_REDIS_PORT, else moved along with E2E_PORT).
const redisPort = Number(process.env.E2E_REDIS_PORT ?? ownServicePort("shared-cache-redis"));
const redisName = `e2e-cache-${portA}`;
const redisServer = (command: "start" | "stop") =>
  execFileSync("bash", ["scripts/redis-server.sh", command, redisName, String(redisPort)], { encoding: "utf8" }).trim();

const REDIS_DOWN = "Bộ nhớ đệm chung (Redis";
const DOWN_LINE = /Bộ nhớ đệm chung \(Redis [^)]*\) không dùng được/g;
const BACK_LINE = /Bộ nhớ đệm chung \(Redis [^)]*\) dùng lại được/g;

let serverA: OwnServer;
let serverB: OwnServer;
let db: Database;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  const redisUrl = (/REDIS_URL=(\S+)/.exec(redisServer("start")) ?? [])[1];
  expect(redisUrl).toBe(`redis://127.0.0.1:${redisPort}`);
  const dataDir = testInfo.outputPath("server");
  fs.rmSync(dataDir, { recursive: true, force: true });
  // One database, one media folder and one signing secret, as instances behind one address have.
  const database = await ownDatabase(portA, dataDir);
  const env = { REDIS_URL: redisUrl ?? "", NEXTAUTH_SECRET: "bi-mat-chung-cua-hai-may-chu-thu-nghiem-0123456789" };
  // One after the other: the first prepares the database (and builds, when the sources changed).
  serverA = await startOwnServer({ port: portA, dataDir, database, env });
  serverB = await startOwnServer({ port: portB, dataDir, database, env });
  db = openDatabase(database.location);
});

test.afterAll(async () => {
  if (db) await closeDatabase(db);
  await Promise.all([serverA?.stop(), serverB?.stop()]);
  redisServer("stop");
});

type Answer = { status: number; cache: string | null; html: string; ms: number };

async function ask(server: OwnServer, path: string): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${server.baseURL}${path}`, { redirect: "manual" });
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), html: await response.text(), ms: Date.now() - started };
}

/** The newest public article: the top of /tin-tuc. */
async function newestPublicArticle() {
  const [row] = await db.select().from(articles).where(and(eq(articles.status, "published"), lte(articles.publishedAt, new Date()))).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(1);
  if (!row) throw new Error("The demo seed has no public article.");
  return row;
}

test("an article edited through one instance is served with its new title by the other within a second", async () => {
  const article = await newestPublicArticle();
  const pages = ["/tin-tuc", `/tin-tuc/${article.slug}`];
  // Both instances hold the pages: the second request of each is answered from the cache. The
  // first of B already is, with A's copy: the cache is one.
  const firstOfB: (string | null)[] = [];
  for (const server of [serverA, serverB]) {
    // Past the one second after which Next counts a page stale when it does not know the page's
    // lifetime, as B would not if the entry did not carry it (server/shared-page-cache.mjs).
    if (server === serverB) await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const path of pages) {
      const first = await ask(server, path);
      if (server === serverB) firstOfB.push(first.cache);
      const again = await ask(server, path);
      expect(again.status, path).toBe(200);
      expect(again.cache, `${server.baseURL}${path}`).toBe("HIT");
      expect(again.html.includes(article.title), `${server.baseURL}${path} shows "${article.title}"`).toBe(true);
    }
  }
  expect(firstOfB).toEqual(["HIT", "HIT"]);

  // The editor's autosave on A, the route that expires the pages with revalidateTag(tag, { expire: 0 }).
  const editor = await createAccount("editor", db);
  const session = await signInOverHttp(serverA.baseURL, editor, { origin: serverA.baseURL });
  expect(session.signedIn).toBe(true);
  const newTitle = `${article.title} (sửa trên máy chủ A ${Date.now()})`;
  const fields = {
    title: newTitle, slug: article.slug, summary: article.summary, bodyHtml: article.bodyHtml, coverMediaId: String(article.coverMediaId ?? ""),
    coverCaption: article.coverCaption, byline: article.byline, categoryId: String(article.categoryId), unitId: String(article.unitId),
    seriesId: String(article.seriesId ?? ""), seriesPart: String(article.seriesPart ?? ""), isFeatured: article.isFeatured ? "on" : "",
  };
  const saved = await fetch(`${serverA.baseURL}/api/bai-viet/tu-dong-luu`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: serverA.baseURL, Cookie: session.cookie },
    body: JSON.stringify({ articleId: article.id, baseVersion: article.version, fields }),
  });
  expect(saved.status, await saved.clone().text()).toBe(200);
  const savedAt = Date.now();

  // B has the new title within the second the issue allows. Not "at once": Next runs a route
  // handler's revalidateTag after the response is sent (waitUntil), and the handler's deletion in
  // Redis (a scan of the tag hash, then the deletes) may still be under way when B is asked. The
  // second bounds when a request is made, not how long B then takes to render the page afresh:
  // under the whole suite's load a render alone can take longer, which is not staleness.
  for (const path of pages) {
    for (;;) {
      const askedAt = Date.now();
      const next = await ask(serverB, path);
      expect(next.status, path).toBe(200);
      if (next.html.includes(newTitle)) break;
      expect(askedAt - savedAt, `${serverB.baseURL}${path} still had the old title when asked ${askedAt - savedAt} ms after the save`).toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
});

test("with Redis stopped both instances serve the public pages at once, say so once in the log, and use Redis again when it is back", async () => {
  const article = await newestPublicArticle();
  const pages = ["/", "/tin-tuc", "/tin-tuc?trang=2", `/tin-tuc/${article.slug}`];
  redisServer("stop");
  for (const server of [serverA, serverB]) {
    for (const path of pages) {
      for (let time = 0; time < 2; time++) {
        const answer = await ask(server, path);
        expect(answer.status, `${server.baseURL}${path}`).toBe(200);
        // Rendered here: no waiting for a Redis that is not there.
        expect(answer.ms, `${server.baseURL}${path}`).toBeLessThan(5_000);
      }
    }
    // One line for the outage, however many requests and reconnection attempts it lasted.
    await expect.poll(() => server.log().match(DOWN_LINE)?.length ?? 0).toBe(1);
    expect(server.log()).toContain(REDIS_DOWN);
  }

  redisServer("start");
  for (const server of [serverA, serverB]) {
    await expect.poll(() => server.log().match(BACK_LINE)?.length ?? 0, { timeout: 10_000 }).toBe(1);
  }
  // Used again: a page A renders is answered to B from Redis.
  await expect(async () => {
    await ask(serverA, "/tin-tuc");
    expect((await ask(serverA, "/tin-tuc")).cache).toBe("HIT");
    expect((await ask(serverB, "/tin-tuc")).cache).toBe("HIT");
  }).toPass({ timeout: 10_000 });
});
