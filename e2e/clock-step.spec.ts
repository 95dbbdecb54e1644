// A server whose wall clock is set forward while it runs, as a virtual machine's is when it resumes
// from a pause or NTP corrects it, while its monotonic clock (performance.now()) is not. CI once ran
// on such a machine: Next 16.4 marked an expired tag with the wall clock and compared it with the
// monotonic one, so every expiry reached readers only once that lag had passed, and the first reader
// after "Đã lưu" got the old page (docs/decisions/0005-caching.md). Here the server runs under Debian's
// libfaketime (scripts/faketime.sh), started a minute behind and then set right.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, desc, eq, lte } from "drizzle-orm";
import { closeDatabase, openDatabase, type Database } from "@/db/client";
import { articles } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { SITE_REFRESH_HEADER, SITE_REFRESH_PATH } from "@/server/site-refresh-request";
import { siteRefreshToken } from "@/server/site-refresh-token";
import { createAccount, expect, signIn, test } from "./fixtures";
import { ownPort, startOwnServer, type OwnServer } from "./own-server";

const BEHIND_SECONDS = 60;
const secret = crypto.randomBytes(32).toString("base64url");
let server: OwnServer;
let db: Database;
let clockFile: string;

test.describe.configure({ mode: "serial" });

/** How far the server's wall clock is from this process's, in seconds, read off its Date header. */
async function serverClockOffsetSeconds(): Promise<number> {
  const response = await fetch(`${server.baseURL}/robots.txt`);
  const serverTime = Date.parse(response.headers.get("date") ?? "");
  return (serverTime - Date.now()) / 1000;
}

/** The newest public article, on top of the listing. */
async function topArticle(): Promise<{ id: number }> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, "published"), lte(articles.publishedAt, new Date())))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(1);
  if (!row) throw new Error("the demo has no published article");
  return row;
}

async function listing(): Promise<{ html: string; cache: string | null }> {
  const response = await fetch(`${server.baseURL}/tin-tuc`);
  return { html: await response.text(), cache: response.headers.get("x-nextjs-cache") };
}

const listingShows = async (title: string) => (await listing()).html.includes(title);

/** Until the listing is answered from the cache: the next change must expire that copy. */
async function expectListingCached() {
  await expect(async () => {
    await listing();
    expect((await listing()).cache).toBe("HIT");
  }).toPass({ timeout: 10_000 });
}

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  const library = execFileSync("bash", ["scripts/faketime.sh", "library"], { encoding: "utf8" }).trim();
  const dataDir = testInfo.outputPath("server");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  clockFile = path.join(dataDir, "dong-ho");
  fs.writeFileSync(clockFile, `-${BEHIND_SECONDS}s\n`);
  server = await startOwnServer({
    port: ownPort("clock-step"),
    dataDir,
    env: {
      NEXTAUTH_SECRET: secret,
      LD_PRELOAD: library,
      FAKETIME_TIMESTAMP_FILE: clockFile,
      // The file is read again at most once a second; the monotonic clock is left alone.
      FAKETIME_CACHE_DURATION: "1",
      FAKETIME_DONT_FAKE_MONOTONIC: "1",
    },
  });
  db = openDatabase(server.databaseLocation);
  // It started a minute behind; now its wall clock jumps forward, its monotonic clock does not.
  expect(await serverClockOffsetSeconds()).toBeLessThan(-(BEHIND_SECONDS - 5));
  fs.writeFileSync(clockFile, "+0s\n");
  await expect(async () => expect(Math.abs(await serverClockOffsetSeconds())).toBeLessThan(3)).toPass({ timeout: 10_000 });
});

test.afterAll(async () => {
  if (db) await closeDatabase(db);
  await server?.stop();
});

test("after the server's clock was set forward, an import's refresh reaches the first reader", async () => {
  await expectListingCached();
  const top = await topArticle();
  const title = `Tin nhập lại sau khi đồng hồ chỉnh ${Date.now()}`;
  // Written as an import writes it: into the database, then the server is asked to refresh.
  await writeTransaction(db, (tx) => tx.update(articles).set({ title }).where(eq(articles.id, top.id)));
  expect(await listingShows(title), "the cached listing, before the refresh").toBe(false);
  const refresh = await fetch(new URL(SITE_REFRESH_PATH, server.baseURL), { method: "POST", headers: { [SITE_REFRESH_HEADER]: siteRefreshToken(secret) } });
  expect(refresh.status).toBe(200);
  expect(await listingShows(title), "the first listing after the refresh").toBe(true);
});

test("after the server's clock was set forward, an editor's save reaches the first reader", async ({ browser }) => {
  const editor = await createAccount("editor", db);
  const top = await topArticle();
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signIn(page, editor, `/quan-tri/bai-viet/${top.id}`);
  await expectListingCached();
  const title = `Tin sửa sau khi đồng hồ chỉnh ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
  expect(await listingShows(title), "the first listing after the save").toBe(true);
  await context.close();
});
