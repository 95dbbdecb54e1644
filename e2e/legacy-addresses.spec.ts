import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import type { APIRequestContext } from "@playwright/test";
import { articles, categories, units } from "@/db/schema";
import { writeLegacyRedirects, type LegacyRedirectDestination } from "@/db/queries/legacy-redirects";
import { writeTransaction } from "@/db/transaction";
import { e2eDatabasePath } from "../playwright.config";
import { publishedDemoArticles } from "./demo-content";
import { expect, test } from "./fixtures";
import { expectPermanentRedirect } from "./redirects";

// Issue 17: an import stores the old portal's addresses (db legacy_redirects) and asks the running
// server to drop its cached pages. Here the rows are written as the importer writes them, and the
// refresh is asked for by another process, as the import's CLI does, with the server's own secret.

test.describe.configure({ mode: "serial" });

// Old ids of this run, far above the demo's, so a second run on a reused database finds its own.
const stamp = Date.now() % 1_000_000;
const joomlaArticle = 7_000_000 + stamp;
const nukeVietArticle = 8_000_000 + stamp;
const joomlaCategory = 5_000_000 + stamp;
const joomlaUnitCategory = 6_000_000 + stamp;
const categoryPath = `hoat-dong-cong-doan-${stamp}/tin-co-so`;
const nukeVietAlias = `tin-hoat-dong-${stamp}`;
const unitPath = `cong-doan-co-so-${stamp}`;
// The address a reader asked for before the import: its 404 is cached until the refresh.
const askedBefore = `/index.php?option=com_content&view=article&id=${joomlaArticle}:dai-hoi-cong-doan-tinh&catid=4&Itemid=101`;
const askedBeforePath = `/${categoryPath}`;
// Old addresses under section names that are also ours: the page of that name finds no such slug, then looks.
const underOurSections = ["chuyen-muc", "don-vi", "gioi-thieu", "van-ban", "thu-vien-anh", "video"].map((section) => `${section}/muc-cu-${stamp}`);
const askedBeforeUnderOurs = `/${underOurSections[0]}`;

const oldest = publishedDemoArticles[publishedDemoArticles.length - 1];

async function refreshSite(siteUrl: string): Promise<string> {
  const script = `import("./server/site-refresh-request.ts").then(async (m) => process.stdout.write(await m.requestSiteRefresh(${JSON.stringify(siteUrl)})))`;
  const { stdout } = await promisify(execFile)("npx", ["tsx", "--eval", script], { env: { ...process.env, DATABASE_PATH: e2eDatabasePath } });
  return stdout;
}

async function expectRedirect(request: APIRequestContext, address: string, to: string) {
  expectPermanentRedirect(await request.get(address, { maxRedirects: 0 }), to, address);
}

async function expectSiteNotFound(request: APIRequestContext, address: string) {
  const response = await request.get(address, { maxRedirects: 0 });
  expect(response.status(), address).toBe(404);
  expect(await response.text(), address).toContain("Không tìm thấy trang");
}

test("every form of an old address answers 308 to its new page, once the import asked the server to refresh", async ({ request, db, baseURL }) => {
  if (!oldest) throw new Error("the demo has no published article");
  // Asked before the rows exist: the site's 404, cached like any public page.
  await expectSiteNotFound(request, askedBefore);
  expect((await request.get(askedBefore, { maxRedirects: 0 })).headers()["x-nextjs-cache"]).toBe("HIT");
  await expectSiteNotFound(request, askedBeforePath);
  expect((await request.get(askedBeforePath, { maxRedirects: 0 })).headers()["x-nextjs-cache"]).toBe("HIT");
  await expectSiteNotFound(request, askedBeforeUnderOurs);
  expect((await request.get(askedBeforeUnderOurs, { maxRedirects: 0 })).headers()["x-nextjs-cache"]).toBe("HIT");

  const [article] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, oldest.slug));
  const [category] = await db.select({ id: categories.id, slug: categories.slug }).from(categories).limit(1);
  const [unit] = await db.select({ id: units.id, slug: units.slug }).from(units).where(eq(units.slug, "cong-doan-vien-chuc-tinh"));
  if (!article || !category || !unit) throw new Error("the demo's article, category or unit is missing");
  const write = (keys: string[], destination: LegacyRedirectDestination) => writeTransaction(db, (tx) => writeLegacyRedirects(tx, keys, destination));
  await write([`joomla:article:${joomlaArticle}`, `nukeviet:article:${nukeVietArticle}`], { articleId: article.id });
  await write([`joomla:category:${joomlaCategory}`, `joomla:category-path:${categoryPath}`, `nukeviet:category-path:${nukeVietAlias}`, ...underOurSections.map((path) => `joomla:category-path:${path}`)], { categoryId: category.id });
  await write([`joomla:category:${joomlaUnitCategory}`, `joomla:category-path:${unitPath}`], { unitId: unit.id });

  // Still the cached 404 until the import's CLI asks for a refresh.
  expect((await request.get(askedBefore, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get(askedBeforeUnderOurs, { maxRedirects: 0 })).status()).toBe(404);
  expect(await refreshSite(baseURL ?? "")).toBe("refreshed");

  const articlePath = `/tin-tuc/${oldest.slug}`;
  for (const address of [
    askedBefore,
    `/tin-tuc/hoat-dong/${joomlaArticle}-dai-hoi-cong-doan-tinh.html`,
    `/tin-tuc/hoat-dong/${joomlaArticle}-dai-hoi-cong-doan-tinh`,
    `/index.php/tin-tuc/${joomlaArticle}-dai-hoi-cong-doan-tinh.html`,
    `/index.php/tin-tuc/${joomlaArticle}-dai-hoi-cong-doan-tinh`,
    `/index.php?option=com_content&view=article&id=${joomlaArticle}`,
    // Under a category alias that is also ours: our article route takes it, and finds no such slug.
    `/tin-tuc/${joomlaArticle}-dai-hoi-cong-doan-tinh`,
    `/chuyen-muc/${joomlaArticle}-dai-hoi-cong-doan-tinh`,
    `/gioi-thieu/${joomlaArticle}-dai-hoi-cong-doan-tinh`,
    `/vi/news/hoat-dong/hoi-nghi-nguoi-lao-dong-${nukeVietArticle}.html`,
    `/news/hoat-dong/hoi-nghi-nguoi-lao-dong-${nukeVietArticle}.html`,
    `/index.php?language=vi&nv=news&op=hoat-dong/hoi-nghi-nguoi-lao-dong-${nukeVietArticle}`,
  ]) {
    await expectRedirect(request, address, articlePath);
  }
  for (const address of [
    askedBeforePath,
    `/index.php/${categoryPath}.html`,
    `/index.php?option=com_content&view=category&id=${joomlaCategory}&Itemid=9`,
    `/vi/news/${nukeVietAlias}`,
    `/news/${nukeVietAlias}`,
    `/index.php?language=vi&nv=news&op=${nukeVietAlias}`,
    ...underOurSections.map((path) => `/${path}`),
    // NukeViet writes a category with a trailing slash: one hop too (Next's own slash redirect is off).
    `/vi/news/${nukeVietAlias}/`,
    `/news/${nukeVietAlias}/`,
    `/${categoryPath}/`,
  ]) {
    await expectRedirect(request, address, `/chuyen-muc/${category.slug}`);
  }
  for (const address of [`/index.php?option=com_content&view=category&id=${joomlaUnitCategory}`, `/${unitPath}`]) {
    await expectRedirect(request, address, `/don-vi/${unit.slug}`);
  }
  // A trailing slash on any other path is still dropped with a 308, its query kept, as Next did.
  await expectRedirect(request, "/tin-tuc/?trang=2", "/tin-tuc?trang=2");
  await expectRedirect(request, `/chuyen-muc/${category.slug}/`, `/chuyen-muc/${category.slug}`);
  await expectRedirect(request, `/khong-co-duong-nay-${stamp}/`, `/khong-co-duong-nay-${stamp}`);
});

test("a reader opening an old address lands on the article", async ({ page }) => {
  if (!oldest) throw new Error("the demo has no published article");
  await page.goto(`/tin-tuc/hoat-dong/${joomlaArticle}-dai-hoi-cong-doan-tinh.html`);
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${oldest.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: oldest.title })).toBeVisible();
});

test("old-looking addresses that lead nowhere get the site's 404 page", async ({ request }) => {
  for (const address of [
    `/tin-tuc/hoat-dong/${joomlaArticle + 1}-khong-co-tin-nay.html`,
    `/index.php?option=com_content&view=article&id=${joomlaArticle + 1}`,
    `/vi/news/hoat-dong/khong-co-tin-nay-${nukeVietArticle + 1}.html`,
    `/khong-co-chuyen-muc-nay-${stamp}/tin-co-so`,
    `/tin-tuc/${joomlaArticle + 1}-khong-co-tin-nay`,
    `/chuyen-muc/khong-co-muc-nay-${stamp}`,
    `/don-vi/khong-co-don-vi-nay-${stamp}`,
    `/khong-co-duong-nay-${stamp}`,
    "/tin-tuc/%E0%A4%A/1-sai-ma.html",
    `/tin-tuc/hoat-dong/12345678901-so-qua-dai.html`,
    "/index.php",
  ]) {
    await expectSiteNotFound(request, address);
  }
});

test("the refresh is refused without the site's token, or from another site", async ({ request }) => {
  for (const token of [undefined, "", "29000000.khong-phai-ma-that", `${Math.floor(Date.now() / 60_000)}.${"A".repeat(43)}`]) {
    const response = await request.post("/api/he-thong/lam-moi", { headers: token === undefined ? {} : { "x-ban-tin-lam-moi": token } });
    expect(response.status(), String(token)).toBe(403);
    expect((await response.json()) as { error: string }).toMatchObject({ error: expect.stringContaining("Yêu cầu làm mới trang bị từ chối") });
  }
  const foreign = await request.post("/api/he-thong/lam-moi", { headers: { origin: "https://trang-khac.example.vn" } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("Yêu cầu bị từ chối");
});
