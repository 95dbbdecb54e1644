// A reader on a phone (390 × 844): a compact header, the slogan on the home page only, listings
// whose page links and date filter stay on one line, a series read part by part, and a 404 page
// that works without JavaScript. Runs on the shared demo site and changes nothing in it; the
// article with no views gets a server and a database of its own.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openDatabase, closeDatabase } from "@/db/client";
import { insertArticle, insertCategory, insertUnit } from "@/db/test-database";
import { demoSiteSettings } from "@/seeds/demo-settings";
import { publishedDemoArticles } from "./demo-content";
import { ownDatabase, ownPort, startOwnServer } from "./own-server";

const PHONE = { width: 390, height: 844 };
const slogan = demoSiteSettings.slogans[0] ?? "";

const seriesPart = (n: number) => {
  const part = publishedDemoArticles.find((a) => a.title.startsWith("Hướng tới Đại hội Công đoàn tỉnh lần thứ XVII") && a.title.endsWith(`(${n})`));
  if (!part) throw new Error(`no demo series part ${n}`);
  return part;
};

test.use({ viewport: PHONE });

async function bannerHeight(page: Page): Promise<number> {
  const box = await page.getByRole("banner").boundingBox();
  return box?.height ?? Number.POSITIVE_INFINITY;
}

test("on a phone the header is one bar at most 64 px tall, with the emblem, the short name, search and the menu", async ({ page }) => {
  for (const address of ["/", "/tin-tuc", `/tin-tuc/${publishedDemoArticles[0]!.slug}`]) {
    await page.goto(address);
    expect(await bannerHeight(page), address).toBeLessThanOrEqual(64);
    const banner = page.getByRole("banner");
    await expect(banner.getByText(demoSiteSettings.shortName, { exact: true })).toBeVisible();
    // The emblem: the uploaded picture, or the neutral drawing until there is one.
    await expect(banner.locator('a[href="/"]').locator("img, svg")).toBeVisible();
    const search = banner.getByRole("link", { name: "Tìm kiếm tin bài" });
    await expect(search).toHaveAttribute("href", "/tim-kiem");
    for (const control of [search, banner.getByRole("button", { name: "Menu" })]) {
      const box = await control.boundingBox();
      expect((box?.y ?? 99) + (box?.height ?? 99)).toBeLessThanOrEqual(64);
      expect((box?.x ?? 999) + (box?.width ?? 999)).toBeLessThanOrEqual(PHONE.width);
    }
  }
});

test("on a phone as narrow as 360 px the short name is shown whole, on two lines if it must, not cut short", async ({ page }) => {
  for (const width of [360, PHONE.width]) {
    await page.setViewportSize({ width, height: PHONE.height });
    await page.goto("/tin-tuc");
    expect(await bannerHeight(page), `${width} px`).toBeLessThanOrEqual(64);
    // The box the name is clamped in: nothing of the name lies outside it, across or below.
    const nameBox = page.getByRole("banner").getByText(demoSiteSettings.shortName, { exact: true }).locator("..");
    const fits = await nameBox.evaluate((box) => ({
      across: box.scrollWidth <= box.clientWidth,
      down: box.scrollHeight <= box.clientHeight + 1,
      lines: Math.round(box.clientHeight / parseFloat(getComputedStyle(box).lineHeight)),
    }));
    expect(fits, `${width} px`).toMatchObject({ across: true, down: true });
    expect(fits.lines, `${width} px`).toBeLessThanOrEqual(2);
  }
});

test("on a wide screen the header keeps the full name, the search box and the menu bar", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/tin-tuc");
  const banner = page.getByRole("banner");
  await expect(banner.getByText(demoSiteSettings.name, { exact: true })).toBeVisible();
  await expect(banner.getByRole("search", { name: "Tìm kiếm trên trang" })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Tìm kiếm tin bài" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Tin tức", exact: true })).toBeVisible();
});

test("the phone's search button leads to the search page without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tin-tuc");
  await page.getByRole("banner").getByRole("link", { name: "Tìm kiếm tin bài" }).click();
  await expect(page).toHaveURL(/\/tim-kiem$/);
  await expect(page.getByRole("search", { name: "Tìm kiếm tin bài" })).toBeVisible();
  await context.close();
});

test("every item of the phone's menu panel is reached by the keyboard, and Escape gives the focus back", async ({ page }) => {
  await page.goto("/tin-tuc");
  const menuButton = page.getByRole("banner").getByRole("button", { name: "Menu" });
  await expect(menuButton).toBeEnabled();
  await menuButton.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog", { name: "Menu" });
  const closeButton = panel.getByRole("button", { name: "Đóng menu" });
  await expect(closeButton).toBeFocused();
  const links = await panel.getByRole("link").all();
  expect(links.length).toBeGreaterThan(10);
  for (const link of links) {
    await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
  }
  // The focus stays in the panel: past the last item it comes back to the top.
  await page.keyboard.press("Tab");
  await expect(closeButton).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(menuButton).toBeFocused();
});

test("the slogan is shown once, under the header, on the home page only", async ({ page }) => {
  expect(slogan).not.toBe("");
  await page.goto("/");
  await expect(page.getByText(slogan)).toHaveCount(1);
  await expect(page.getByText(slogan)).toBeVisible();
  await expect(page.getByRole("banner").getByText(slogan)).toHaveCount(0);
  const bannerBox = await page.getByRole("banner").boundingBox();
  const sloganBox = await page.getByText(slogan).boundingBox();
  expect(sloganBox?.y ?? 0).toBeGreaterThanOrEqual((bannerBox?.y ?? 0) + (bannerBox?.height ?? 0));
  for (const address of ["/tin-tuc", "/chuyen-muc/tin-hoat-dong", `/tin-tuc/${publishedDemoArticles[0]!.slug}`, "/gioi-thieu/gioi-thieu"]) {
    await page.goto(address);
    await expect(page.getByText(slogan), address).toHaveCount(0);
  }
});

test.describe("the 404 page", () => {
  for (const address of ["/khong-co", "/tin-tuc/khong-co-bai-nay", "/chuyen-muc/khong-co", "/gioi-thieu/khong-co", "/tin-tuc?trang=99"]) {
    test(`${address} answers 404 with one header and footer, a search box and the latest news, without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      const search = page.getByRole("search", { name: "Tìm tin bài trên trang" });
      await expect(search.getByRole("searchbox", { name: "Tìm tin bài" })).toBeVisible();
      const latest = page.getByRole("region", { name: "Tin mới nhất" });
      await expect(latest.getByRole("link", { name: publishedDemoArticles[0]!.title })).toBeVisible();
      // The search box works as a plain form.
      await search.getByRole("searchbox").fill("đại hội");
      await search.getByRole("button", { name: "Tìm kiếm" }).click();
      await expect(page).toHaveURL(/\/tim-kiem\?q=/);
      await context.close();
    });
  }

  test("with JavaScript the same content stays once the page has hydrated, and other pages do not carry it", async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const response = await page.goto("/tin-tuc/khong-co-bai-nay");
    expect(response?.status()).toBe(404);
    // The menu button is enabled by its script: the page has hydrated, and the notFound() thrown again in the browser with it.
    await expect(page.getByRole("banner").getByRole("button", { name: "Menu" })).toBeEnabled();
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
    expect(await page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }).evaluate((h) => Object.keys(h).some((key) => key.startsWith("__reactFiber$")))).toBe(true);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("search", { name: "Tìm tin bài trên trang" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Tin mới nhất" }).getByRole("link", { name: publishedDemoArticles[0]!.title })).toBeVisible();
    // A page that exists does not carry the 404's search box and latest news (nor, with them, a second header, menu and footer) for a not-found boundary.
    for (const address of ["/", "/tin-tuc", `/tin-tuc/${publishedDemoArticles[0]!.slug}`]) {
      const html = await (await page.request.get(address)).text();
      expect(html, address).not.toContain("tim-kiem-404");
    }
    await context.close();
  });
});

test("a listing's page links stay on one line on a phone", async ({ page }) => {
  for (const address of ["/tin-tuc", "/tin-tuc?trang=2", "/tin-tuc?trang=3"]) {
    await page.goto(address);
    const pager = page.getByRole("navigation", { name: "Phân trang" });
    const links = await pager.getByRole("link").all();
    expect(links.length, address).toBeGreaterThan(2);
    // The numbers a phone leaves out (max-sm:hidden) have no box.
    const tops = await Promise.all(links.map(async (link) => (await link.boundingBox())?.y ?? null));
    const visibleTops = tops.filter((y): y is number => y !== null);
    expect(visibleTops.length, address).toBeGreaterThan(2);
    expect(new Set(visibleTops).size, address).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, address).toBeLessThanOrEqual(0);
  }
});

test("the date filter's day, month, year and button stay on one line on a phone", async ({ page }) => {
  await page.goto("/tin-tuc");
  const controls = [page.getByLabel("Ngày", { exact: true }), page.getByLabel("Tháng", { exact: true }), page.getByLabel("Năm", { exact: true }), page.getByRole("button", { name: "Xem", exact: true })];
  const tops = await Promise.all(controls.map(async (control) => (await control.boundingBox())?.y));
  expect(new Set(tops).size).toBe(1);
});

test("an impossible day sent without JavaScript lands on the listing with a message, not the 404 page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/tin-tuc");
  await page.getByLabel("Ngày", { exact: true }).selectOption("30");
  await page.getByLabel("Tháng", { exact: true }).selectOption("2");
  await page.getByLabel("Năm", { exact: true }).selectOption("2022");
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes("d=30")), page.getByRole("button", { name: "Xem", exact: true }).click()]);
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL(/\/tin-tuc\?d=30&m=2&y=2022$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tin tức" })).toBeVisible();
  await expect(page.getByText("Ngày đã chọn không có thật, ví dụ 30/02. Vui lòng chọn lại.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Danh sách tin" }).getByRole("listitem")).toHaveCount(10);
  await context.close();
});

test("a series part links to the parts before and after it, and Tin liên quan does not repeat the series", async ({ page }) => {
  await page.goto(`/tin-tuc/${seriesPart(2).slug}`);
  const series = page.getByRole("navigation", { name: "Các bài trong loạt bài" });
  await expect(series.getByRole("link", { name: /^‹ Kỳ trước/ })).toHaveAttribute("href", `/tin-tuc/${seriesPart(1).slug}`);
  await expect(series.getByRole("link", { name: /^Kỳ sau/ })).toHaveAttribute("href", `/tin-tuc/${seriesPart(3).slug}`);
  const related = page.getByRole("region", { name: "Tin liên quan" });
  for (const n of [1, 3, 4, 5]) await expect(related.getByRole("link", { name: seriesPart(n).title })).toHaveCount(0);

  await page.goto(`/tin-tuc/${seriesPart(1).slug}`);
  await expect(series.getByRole("link", { name: /Kỳ trước/ })).toHaveCount(0);
  await expect(series.getByRole("link", { name: /^Kỳ sau/ })).toHaveAttribute("href", `/tin-tuc/${seriesPart(2).slug}`);
});

test("an article no one has read yet shows no view count, to its first reader either", async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  // A database of its own: on the shared demo site every article has views, and a new one would
  // change the listings the other reader journeys count.
  const dir = testInfo.outputPath("chua-ai-xem");
  fs.mkdirSync(dir, { recursive: true });
  const database = await ownDatabase(ownPort("phone-views"), dir);
  const db = openDatabase(database.location);
  const article = await insertArticle(db, { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id, publishedAt: new Date(Date.now() - 60_000), viewCount: 0 });
  await closeDatabase(db);
  const server = await startOwnServer({ port: ownPort("phone-views"), dataDir: dir, database, env: { DEMO_SEED: "0" } });
  try {
    const address = `${server.baseURL}/tin-tuc/${article.slug}`;
    const withoutScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const plain = await withoutScript.newPage();
    expect((await plain.goto(address))?.status()).toBe(200);
    await expect(plain.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
    await expect(plain.getByText("Đã xem")).toHaveCount(0);
    await withoutScript.close();

    // The first reader's own view makes the count 1: that says nothing to them either.
    const reader = await browser.newContext({ viewport: PHONE });
    const page = await reader.newPage();
    const counted = page.waitForResponse((r) => r.url().includes(`/api/luot-xem/${article.id}`) && r.request().method() === "POST");
    await page.goto(address);
    expect(await (await counted).json()).toEqual({ counted: true, viewCount: 1 });
    await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
    await expect(page.getByText("Đã xem")).toHaveCount(0);
    await reader.close();
  } finally {
    await server.stop();
  }
});
