import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type Browser, expect, test } from "@playwright/test";
import { and, eq, sum } from "drizzle-orm";
import { dayKey, vietnamCalendarDay } from "@/core/vi-date";
import { type Database, openDatabase, closeDatabase } from "@/db/client";
import { articleDailyViews, articles } from "@/db/schema";
import { insertArticle, insertCategory, insertUnit } from "@/db/test-database";
import { mostReadArticles } from "@/db/queries/article-views";
import { publishedDemoArticles, unpublishedDemoSlugs } from "./demo-content";
import { e2eDatabase } from "./fixtures";
import { ownDatabase, ownPort } from "./own-server";

// Readers are told apart by address and browser: the tests give each reader its own address, as
// a reverse proxy would report it (X-Forwarded-For, believed from the loopback proxies listed in
// TRUSTED_PROXIES: playwright.config.ts, server/client-address.ts).
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

// The shared e2e database is the demo as seeded, read by other journeys at the same time: these
// tests count on a demo article no other journey opens, and measure from where its count stands.
const target = publishedDemoArticles.at(-1)!;

async function articleId(db: Database, slug: string): Promise<number> {
  const row = (await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).limit(1))[0];
  if (!row) throw new Error(`no article ${slug}`);
  return row.id;
}

/** A published article in a database of its own, for the server started by the shutdown test. */
async function newArticle(db: Database) {
  return await insertArticle(db, { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id, publishedAt: new Date(Date.now() - 60_000) });
}

async function stored(db: Database, articleId: number) {
  const today = dayKey(vietnamCalendarDay(new Date()));
  const total = (await db.select({ viewCount: articles.viewCount }).from(articles).where(eq(articles.id, articleId)).limit(1))[0]?.viewCount;
  const [day] = await db
    .select({ views: sum(articleDailyViews.views) })
    .from(articleDailyViews)
    .where(and(eq(articleDailyViews.articleId, articleId), eq(articleDailyViews.day, today)));
  return { total, today: Number(day?.views ?? 0) };
}

/** A reader opens the article in their own browser; returns the page and the beacon's answer. */
async function openAsReader(browser: Browser, slug: string, reader: { ip: string; userAgent?: string }) {
  const context = await browser.newContext({ userAgent: reader.userAgent ?? CHROME, extraHTTPHeaders: { "x-forwarded-for": reader.ip } });
  const page = await context.newPage();
  const beacon = page.waitForResponse((r) => r.url().includes("/api/luot-xem/") && r.request().method() === "POST");
  await page.goto(`/tin-tuc/${slug}`);
  const answer = (await (await beacon).json()) as { counted: boolean; viewCount: number };
  return { context, page, answer };
}

const shown = (count: number) => `Đã xem: ${count.toLocaleString("vi-VN")}`;

test("N readers raise Đã xem by N; a reload within 30 minutes and a crawler raise it by 0", async ({ browser, request }) => {
  const db = e2eDatabase();
  const id = await articleId(db, target.slug);
  const before = await stored(db, id);
  const readers = ["198.51.100.11", "198.51.100.12", "198.51.100.13"];

  const first = await openAsReader(browser, target.slug, { ip: readers[0]! });
  const base = first.answer.viewCount - 1;
  expect(base).toBe(before.total);
  for (const [i, ip] of readers.entries()) {
    const { context, page, answer } = i === 0 ? first : await openAsReader(browser, target.slug, { ip });
    // The reader sees their own view at once, before it is written to the database.
    expect(answer).toEqual({ counted: true, viewCount: base + i + 1 });
    await expect(page.getByTestId("luot-xem")).toHaveText(shown(base + i + 1));
    if (i > 0) await context.close();
  }
  const after = base + readers.length;

  // A reload: the browser remembers it counted, sends no beacon, and only asks for the count.
  let beaconSent = false;
  first.page.on("request", (r) => { if (r.url().includes("/api/luot-xem/") && r.method() === "POST") beaconSent = true; });
  const countOnly = first.page.waitForResponse((r) => r.url().includes("/api/luot-xem/") && r.request().method() === "GET");
  await first.page.reload();
  expect(await (await countOnly).json()).toEqual({ counted: false, viewCount: after });
  await expect(first.page.getByTestId("luot-xem")).toHaveText(shown(after));
  expect(beaconSent).toBe(false);

  // A reload by a browser that forgot (storage cleared): the server still knows this reader.
  await first.page.evaluate(() => window.localStorage.clear());
  const recount = first.page.waitForResponse((r) => r.url().includes("/api/luot-xem/") && r.request().method() === "POST");
  await first.page.reload();
  expect(await (await recount).json()).toEqual({ counted: false, viewCount: after });
  await expect(first.page.getByTestId("luot-xem")).toHaveText(shown(after));
  await first.context.close();

  // Crawlers are answered but not counted: one that runs scripts, and a link preview that posts.
  const crawler = await openAsReader(browser, target.slug, { ip: "198.51.100.99", userAgent: GOOGLEBOT });
  expect(crawler.answer).toEqual({ counted: false, viewCount: after });
  await crawler.context.close();
  const preview = await request.post(`/api/luot-xem/${id}`, { headers: { "user-agent": "Zalo", "x-forwarded-for": "198.51.100.98" } });
  expect(await preview.json()).toEqual({ counted: false, viewCount: after });

  // The batch reaches the database within a flush, on the article and on today's row.
  await expect.poll(async () => await stored(db, id), { timeout: 10_000 }).toEqual({ total: after, today: before.today + readers.length });
  await closeDatabase(db);
});

test("the beacon refuses a malformed id and an article that is not public", async ({ request }) => {
  expect((await request.post("/api/luot-xem/abc")).status()).toBe(400);
  expect((await request.get("/api/luot-xem/abc")).status()).toBe(400);
  expect((await request.post("/api/luot-xem/999999999")).status()).toBe(404);
  expect((await request.get("/api/luot-xem/999999999")).status()).toBe(404);
  const db = e2eDatabase();
  const draftId = await articleId(db, unpublishedDemoSlugs[0]!);
  await closeDatabase(db);
  const response = await request.post(`/api/luot-xem/${draftId}`, { headers: { "user-agent": CHROME } });
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: "Không tìm thấy tin này." });
  expect((await request.get(`/api/luot-xem/${draftId}`)).status()).toBe(404);
});

test("Tin xem nhiều lists the most read articles of the last 30 days, without the one being read", async ({ page }) => {
  const db = e2eDatabase();
  const mostRead = await mostReadArticles(db, { limit: 8 });
  await closeDatabase(db);
  expect(mostRead.length).toBe(8);

  // Other journeys read articles meanwhile, so the order below the first may shift by a view or
  // two: what is shown must come from the top of the ranking, the first well ahead of the rest.
  const top = new Set(mostRead.slice(0, 8).map((a) => a.title));
  await page.goto("/");
  const home = page.getByRole("region", { name: "Tin xem nhiều" });
  await expect(home.getByRole("listitem")).toHaveCount(5);
  await expect(home.getByRole("link").first()).toHaveText(mostRead[0]!.title);
  for (const title of await home.getByRole("link").allTextContents()) expect(top).toContain(title);

  await home.getByRole("link", { name: mostRead[0]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${mostRead[0]!.slug}$`));
  const onArticle = page.getByRole("region", { name: "Tin xem nhiều" });
  await expect(onArticle.getByRole("listitem")).toHaveCount(5);
  const titles = await onArticle.getByRole("link").allTextContents();
  expect(titles).not.toContain(mostRead[0]!.title);
  for (const title of titles) expect(top).toContain(title);
});

test("a clean shutdown of the server loses no count still in memory", async ({}, testInfo) => {
  test.setTimeout(120_000);
  // A second server, on its own database, that would not flush on its own for a minute.
  const dir = testInfo.outputPath("shutdown");
  fs.mkdirSync(dir, { recursive: true });
  const port = ownPort("views-shutdown");
  const database = await ownDatabase(port, dir);
  const db = openDatabase(database.location);
  const article = await newArticle(db);
  await closeDatabase(db);
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), ...database.env, MEDIA_DIR: path.join(dir, "media"), BACKUP_DIR: path.join(dir, "backups"), DEMO_SEED: "0", VIEW_FLUSH_MS: "60000", TRUSTED_PROXIES: "127.0.0.1", TZ: "UTC" },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${base}/tin-tuc/${article.slug}`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    for (const [i, ip] of ["203.0.113.1", "203.0.113.2", "203.0.113.3"].entries()) {
      const response = await fetch(`${base}/api/luot-xem/${article.id}`, { method: "POST", headers: { "user-agent": CHROME, "x-forwarded-for": ip } });
      expect(await response.json()).toEqual({ counted: true, viewCount: i + 1 });
    }
    const check = openDatabase(database.location);
    expect(await stored(check, article.id)).toEqual({ total: 0, today: 0 });
    await closeDatabase(check);
  } finally {
    server.kill("SIGTERM");
  }
  // Our server answers its last requests, writes what it still holds, and exits cleanly.
  expect(await exited).toBe(0);
  const after = openDatabase(database.location);
  expect(await stored(after, article.id)).toEqual({ total: 3, today: 3 });
  await closeDatabase(after);
});
