// After an import of an old Joomla portal (issue 17), readers who follow a link shared years ago
// land on the article, with its date in Vietnam time, its old view count, its byline and its photo;
// and the archive takes its place in "CÁC TIN ĐÃ ĐĂNG". The import runs as an admin would run it
// (`npm run import`), against a real MariaDB, into a server of its own that is already serving.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import mysql from "mysql2/promise";
import { expect, test, type Page } from "@playwright/test";
import { joomlaArticles, joomlaOldHost } from "@/tests/fixtures/legacy-joomla";
import { expectPictureWithJpegFallback } from "./pictures";
import { expectPermanentRedirect } from "./redirects";
import { createJoomlaDatabase, loadJoomlaFixture, startLegacyMariaDb, stopLegacyMariaDb, writeLegacyMedia } from "@/tests/legacy-portals";
import { ownDatabase, ownPort, startOwnServer, type OwnServer } from "./own-server";

const PORT = ownPort("import");
const dataDir = path.resolve(`${process.env.E2E_DATA_DIR ?? "data/e2e"}-import`);
const MARIADB_PORT = Number(process.env.E2E_MARIADB_PORT ?? 23308);
const OLD_DB = "e2e_joomla";

let server: OwnServer;
let readUrl: string;
let adminUrl: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const mariadb = startLegacyMariaDb("e2e", MARIADB_PORT);
  adminUrl = mariadb.adminUrl;
  readUrl = mariadb.readUrl(OLD_DB);
  await createJoomlaDatabase(adminUrl, OLD_DB);
  await loadJoomlaFixture(adminUrl, OLD_DB);
  await writeLegacyMedia(path.join(dataDir, "old-images"), "joomla");
  server = await startOwnServer({ port: PORT, dataDir, database: await ownDatabase(PORT, dataDir) });
});

test.afterAll(async () => {
  await server?.stop();
  if (adminUrl) {
    const connection = await mysql.createConnection(adminUrl);
    await connection.query(`DROP DATABASE IF EXISTS \`${OLD_DB}\``);
    await connection.end();
  }
  // Nothing of the run is left running: a server left behind held the port of the next checkout's run.
  stopLegacyMariaDb("e2e");
});

function runImport(args: string[]): string {
  const { DATABASE_URL: _shared, ...inherited } = process.env;
  const database = server.databaseLocation.startsWith("postgres") ? { DATABASE_URL: server.databaseLocation } : { DATABASE_PATH: server.databaseLocation };
  return execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/import.ts"), ...args], {
    encoding: "utf8",
    env: { ...inherited, ...database, INIT_CWD: dataDir, MEDIA_DIR: path.join(dataDir, "media"), TZ: "UTC" },
    timeout: 240_000,
  });
}

async function totalOn(page: Page, address: string): Promise<number> {
  await page.goto(address);
  const line = await page.getByText(/^Tổng số: \d+ \|/).textContent();
  return Number(/Tổng số: (\d+)/.exec(line ?? "")?.[1]);
}

/** Every title on the listing, page after page. */
async function listedTitles(page: Page, address: string): Promise<string[]> {
  const titles: string[] = [];
  for (let number = 1; number <= 20; number += 1) {
    await page.goto(`${address}?trang=${number}`);
    const block = page.getByRole("region", { name: "Các tin đã đăng" });
    const found = (await block.getByRole("heading", { level: 3 }).allTextContents()).map((text) => text.trim());
    if (found.length === 0) break;
    titles.push(...found);
    if (!(await page.getByRole("link", { name: /Trang sau/ }).count())) break;
  }
  return titles;
}

test("a reader follows an old Joomla link to the imported article, and the archive joins CÁC TIN ĐÃ ĐĂNG in date order", async ({ page }) => {
  test.setTimeout(300_000);
  page.context().setDefaultNavigationTimeout(30_000);
  await page.goto(`${server.baseURL}/tin-tuc`);
  const before = await totalOn(page, `${server.baseURL}/tin-tuc`);
  // An old address asked for before the import is the site's 404, and is cached as one.
  const oldAddress = `${server.baseURL}/tin-tuc/hoat-dong-cong-doan/101-dai-hoi-cong-doan-co-so.html`;
  expect((await page.request.get(oldAddress, { maxRedirects: 0 })).status()).toBe(404);

  const output = runImport([
    "joomla",
    "--mysql",
    readUrl,
    "--media-root",
    path.join(dataDir, "old-images"),
    "--old-base-url",
    joomlaOldHost,
    "--site-url",
    server.baseURL,
  ]);
  expect(output).toContain("Bài đã đọc: 14 · nhập mới: 11");
  expect(output).toContain("Đã làm mới các trang công khai của trang đang chạy.");

  // Every form of the old address answers 308 to the article.
  const daiHoi = joomlaArticles.find((article) => article.id === 101)!;
  for (const address of [
    oldAddress,
    `${server.baseURL}/tin-tuc/hoat-dong-cong-doan/101-dai-hoi-cong-doan-co-so`,
    `${server.baseURL}/index.php/tin-tuc/hoat-dong-cong-doan/101-dai-hoi-cong-doan-co-so.html`,
    `${server.baseURL}/index.php?option=com_content&view=article&id=101:dai-hoi-cong-doan-co-so&catid=9&Itemid=101`,
  ]) {
    expectPermanentRedirect(await page.request.get(address, { maxRedirects: 0 }), "/tin-tuc/dai-hoi-cong-doan-co-so", address);
  }

  // What the server sends carries the old count; the reader's own view then adds one.
  const html = await (await page.request.get(`${server.baseURL}/tin-tuc/dai-hoi-cong-doan-co-so`)).text();
  expect(html.replace(/<[^>]+>/g, "")).toContain("Đã xem: 694");

  await page.goto(oldAddress);
  await expect(page).toHaveURL(`${server.baseURL}/tin-tuc/dai-hoi-cong-doan-co-so`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(daiHoi.title);
  // publish_up 2023-03-14 02:30 UTC is 09:30 in Vietnam, a Tuesday.
  await expect(page.getByText("Thứ Ba, ngày 14/03/2023 - 09:30")).toBeVisible();
  await expect(page.getByTestId("luot-xem")).toHaveText("Đã xem: 695");
  await expect(page.getByText("Hoàng Minh", { exact: true })).toBeVisible();
  const cover = page.locator("figure").filter({ hasText: "Đại hội Công đoàn cơ sở Trường THPT Chi Lăng, nhiệm kỳ 2023 – 2028" }).first();
  await expect(cover.getByRole("img", { name: "Quang cảnh đại hội" })).toBeVisible();
  expect(await cover.getByRole("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expectPictureWithJpegFallback(cover.getByRole("img"));
  const bodyPhoto = page.locator(".article-body figure").getByRole("img", { name: "Ban Chấp hành ra mắt" });
  await expect(bodyPhoto).toBeVisible();
  await expectPictureWithJpegFallback(bodyPhoto);

  // "Tổng số" counts the ten published imports; they stand in date order among the demo's articles.
  const after = await totalOn(page, `${server.baseURL}/tin-tuc`);
  const published = joomlaArticles.filter((article) => [1, 2].includes(article.state) && ![110, 113].includes(article.id));
  expect(after - before).toBe(published.length);
  const titles = await listedTitles(page, `${server.baseURL}/tin-tuc`);
  expect(titles).toHaveLength(after);
  const imported = titles.filter((title) => published.some((article) => article.title === title));
  const publishedAt = (article: (typeof published)[number]) => (article.publishUp.startsWith("0000") ? article.created : article.publishUp);
  expect(imported).toEqual([...published].sort((a, b) => publishedAt(b).localeCompare(publishedAt(a))).map((article) => article.title));

  // A draft on the old site is not public, and a trashed one was not imported: their old addresses are 404s.
  for (const id of [104, 105]) {
    const response = await page.request.get(`${server.baseURL}/index.php?option=com_content&view=article&id=${id}`, { maxRedirects: 0 });
    expect(response.status(), String(id)).toBe(404);
  }
});
