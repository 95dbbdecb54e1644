import type { APIRequestContext, Page } from "@playwright/test";
import { and, asc, eq, lte } from "drizzle-orm";
import { articles, categories } from "@/db/schema";
import { answerYes, expect, test, typePublishTime } from "./fixtures";

// Public pages are served from Next's cache (docs/decisions/0005-caching.md); these journeys prove
// that what an editor does reaches readers at once all the same.

/** The slugs of "CÁC TIN ĐÃ ĐĂNG" on a page, top first, as a reader without a session gets them. */
async function listedSlugs(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<h3[^>]*><a[^>]*href="\/tin-tuc\/([^"?]+)"/g)].map((m) => m[1] ?? "");
}

/**
 * The first request made once the editor has been told finds the change: the action expires the
 * pages before it answers (server/cache-tags.ts), so there is nothing to wait for.
 */
async function expectAtOnce(condition: () => Promise<boolean>) {
  expect(await condition()).toBe(true);
}

/** A second request for the page is answered from Next's cache, not rendered again. */
async function expectServedFromCache(request: APIRequestContext, path: string) {
  // Another journey publishing in parallel may expire the page between the two requests: ask again.
  await expect(async () => {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status(), path).toBe(200);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
  }).toPass({ timeout: 10_000 });
}

/** "Lưu thay đổi", answered: its message alone would not tell a second save from the first. */
async function saveChanges(page: Page) {
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/quan-tri/bai-viet/"));
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await answered;
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
}

async function writeArticle(page: Page, title: string) {
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Tóm tắt (sapo)").fill("Tin kiểm tra độ tươi của trang công khai.");
}

test("public pages are served from Next's cache: home, listings with ?trang= and ?ngay=, category, unit, article, search", async ({ request, db }) => {
  // A public one (other journeys schedule articles), the same on both dialects: rows have no order of their own.
  const slug = (await db.select({ slug: articles.slug }).from(articles).where(and(eq(articles.status, "published"), lte(articles.publishedAt, new Date()))).orderBy(asc(articles.id)).limit(1))[0]?.slug;
  const html = await (await request.get("/")).text();
  const categoryPath = /href="(\/chuyen-muc\/[a-z0-9-]+)"/.exec(html)?.[1];
  const unitPath = /href="(\/don-vi\/[a-z0-9-]+)"/.exec(html)?.[1];
  expect(categoryPath && unitPath && slug).toBeTruthy();
  for (const path of ["/", "/tin-tuc", "/tin-tuc?trang=2", "/tin-tuc?ngay=2023-01-05", `${categoryPath}`, `${unitPath}?trang=1`, `/tin-tuc/${slug}`, "/tim-kiem?q=cong+doan"]) {
    await expectServedFromCache(request, path);
  }
  // Staff pages are rendered for each request, with their own nonce.
  const signIn = await request.get("/dang-nhap");
  expect(signIn.headers()["x-nextjs-cache"]).toBeUndefined();
  // The internal addresses behind the rewrite are not a second copy of the site.
  const internal = await request.get("/ds/tin-tuc/1/tat-ca");
  expect(internal.status()).toBe(404);
  expect(await internal.text()).toContain("Không tìm thấy trang");
});

test("a reader sees a just-published article on top of /tin-tuc and in search as soon as the editor is told, its new title and its take-down too", async ({ page, browser, loginAs, request }) => {
  await loginAs("editor");
  const marker = String(Date.now());
  const title = `Tin vừa xuất bản ${marker}`;
  await writeArticle(page, title);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  const slug = await page.getByLabel("Đường dẫn").inputValue();
  // A search for the title's number, cached before the article is published.
  const searchPath = `/tim-kiem?q=${marker}`;
  const searchFinds = async () => (await (await request.get(searchPath)).text()).includes(`/tin-tuc/${slug}"`);
  await expectServedFromCache(request, "/tin-tuc");
  await expectServedFromCache(request, searchPath);
  expect(await searchFinds()).toBe(false);

  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible();
  await expectAtOnce(async () => (await listedSlugs(request, "/tin-tuc"))[0] === slug);
  await expectAtOnce(async () => (await request.get(`/tin-tuc/${slug}`)).status() === 200);
  await expectAtOnce(searchFinds);
  // The 404 page's "Tin mới nhất" too, for an address no route matches and for an unknown article.
  await expectAtOnce(async () => (await (await request.get("/khong-co-trang-nay")).text()).includes(title));
  await expectAtOnce(async () => (await (await request.get("/tin-tuc/khong-co-bai-nay")).text()).includes(title));
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto("/tin-tuc");
  await expect(reader.getByRole("region", { name: "Các tin đã đăng" }).getByRole("heading", { level: 3 }).first()).toHaveText(title);

  // Edit the title: the article page and the listing, both cached by now, show it at once.
  await expectServedFromCache(request, `/tin-tuc/${slug}`);
  const newTitle = `${title} (đã sửa tiêu đề)`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(newTitle);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
  // The pages expire before the save is answered: the first request after it sees the change.
  await expectAtOnce(async () => (await (await request.get(`/tin-tuc/${slug}`)).text()).includes(newTitle));
  await expectAtOnce(async () => (await (await request.get("/tin-tuc")).text()).includes(newTitle));
  await reader.goto(`/tin-tuc/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(newTitle);

  // Take it down: the article is a 404 and gone from the listings at once.
  await expectServedFromCache(request, "/tin-tuc");
  await page.getByRole("button", { name: "Gỡ bài" }).click();
  await answerYes(page, "Gỡ bài");
  await expect(page.getByText("Đã gỡ bài khỏi trang công khai.")).toBeVisible();
  await expectAtOnce(async () => (await request.get(`/tin-tuc/${slug}`)).status() === 404);
  await expectAtOnce(async () => !(await listedSlugs(request, "/tin-tuc")).includes(slug));
  await expectAtOnce(async () => !(await (await request.get("/")).text()).includes(newTitle));
  await expectAtOnce(async () => !(await searchFinds()));
  await expectAtOnce(async () => !(await (await request.get("/khong-co-trang-nay")).text()).includes(newTitle));
  await readerContext.close();
});

test("a save renews what it changed: the text, its page and search; the summary, the lists showing its card; the title, every page naming it; a move, every list", async ({ page, loginAs, request, db }) => {
  await loginAs("editor");
  const title = `Tin sửa từng phần ${Date.now()}`;
  await writeArticle(page, title);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible();
  const slug = await page.getByLabel("Đường dẫn").inputValue();
  const categoryId = Number(await page.getByLabel("Chuyên mục").inputValue());
  // A category the article is not in: its page neither shows the article's card nor names it.
  const other = (await db.select({ id: categories.id, slug: categories.slug }).from(categories).orderBy(asc(categories.id))).find((c) => c.id !== categoryId);
  expect(other).toBeTruthy();
  const otherPath = `/chuyen-muc/${other?.slug}`;
  const body = page.getByRole("textbox", { name: "Nội dung" });
  const textOf = async (path: string) => await (await request.get(path)).text();

  // Another journey publishing meanwhile expires every list, this page too: each edit is tried again with a new word.
  let round = 0;
  await expect(async () => {
    const word = `noidung${Date.now()}x${++round}`;
    await expectServedFromCache(request, otherPath);
    await body.click();
    await body.press("End");
    await body.pressSequentially(` Bổ sung ${word}.`);
    await saveChanges(page);
    await expectAtOnce(async () => (await textOf(`/tin-tuc/${slug}`)).includes(word));
    await expectAtOnce(async () => (await textOf(`/tim-kiem?q=${word}`)).includes(`/tin-tuc/${slug}"`));
    expect((await request.get(otherPath)).headers()["x-nextjs-cache"], otherPath).toBe("HIT");
  }).toPass({ timeout: 50_000 });

  await expect(async () => {
    const summary = `Tóm tắt sửa lần ${++round}, lúc ${Date.now()}.`;
    await expectServedFromCache(request, otherPath);
    await page.getByLabel("Tóm tắt (sapo)").fill(summary);
    await saveChanges(page);
    await expectAtOnce(async () => (await textOf("/tin-tuc")).includes(summary));
    await expectAtOnce(async () => (await textOf(`/tin-tuc/${slug}`)).includes(summary));
    expect((await request.get(otherPath)).headers()["x-nextjs-cache"], otherPath).toBe("HIT");
  }).toPass({ timeout: 50_000 });

  // A new title reaches every page naming it: the lists, and the 404 page's latest news, which names it by
  // its title alone; that category's page stays as it was. The editor of a published article keeps its
  // address when the title changes (an address change would renew every list).
  const missingPath = `/khong-co-trang-nay-${Date.now()}`;
  await expect(async () => {
    const newTitle = `${title} tieude${Date.now()}x${++round}`;
    await expectServedFromCache(request, otherPath);
    await request.get(missingPath);
    expect((await request.get(missingPath)).headers()["x-nextjs-cache"], missingPath).toBe("HIT");
    await page.getByLabel("Tiêu đề", { exact: true }).fill(newTitle);
    await saveChanges(page);
    expect(await page.getByLabel("Đường dẫn").inputValue()).toBe(slug);
    await expectAtOnce(async () => (await textOf(missingPath)).includes(newTitle));
    await expectAtOnce(async () => (await textOf("/tin-tuc")).includes(newTitle));
    expect((await request.get(otherPath)).headers()["x-nextjs-cache"], otherPath).toBe("HIT");
  }).toPass({ timeout: 50_000 });

  // Moving it to that category moves it in the lists: the page lists it at once.
  expect(await listedSlugs(request, otherPath)).not.toContain(slug);
  await page.getByLabel("Chuyên mục").selectOption(String(other?.id));
  await saveChanges(page);
  await expectAtOnce(async () => (await listedSlugs(request, otherPath)).includes(slug));
});

test("a scheduled article is not shown before its time and is shown within a second of it", async ({ page, loginAs, request, db }) => {
  await loginAs("editor");
  const title = `Tin hẹn giờ vài giây ${Date.now()}`;
  await writeArticle(page, title);
  // Vietnam local time 8 seconds from now, as an editor would type it.
  await typePublishTime(page, new Date(Date.now() + 8_000));
  await page.getByRole("button", { name: "Hẹn giờ đăng" }).click();
  await expect(page.getByText(/^Đã hẹn giờ đăng:/)).toBeVisible();
  const row = (await db.select({ slug: articles.slug, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.title, title)).limit(1))[0];
  const due = row?.publishedAt?.getTime() ?? 0;
  expect(due).toBeGreaterThan(Date.now());

  // Readers keep asking until just before its time, so the pages are cached while it waits.
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  while (Date.now() < due - 300) {
    const listed = await listedSlugs(request, "/tin-tuc");
    const answered = Date.now();
    if (answered < due) expect(listed, "shown before its time").not.toContain(row?.slug);
    const status = (await request.get(`/tin-tuc/${row?.slug}`)).status();
    if (Date.now() < due) expect(status, "its page open before its time").toBe(404);
    await sleep(200);
  }
  // Nobody asks at the moment itself: the first reader after it, half a second later, must get
  // the new pages, not the copies cached before (which a revalidate time alone would serve once).
  await sleep(due + 500 - Date.now());
  const [listed, articleStatus] = await Promise.all([listedSlugs(request, "/tin-tuc"), request.get(`/tin-tuc/${row?.slug}`).then((r) => r.status())]);
  expect(listed).toContain(row?.slug);
  expect(articleStatus).toBe(200);
  // Once the moment has passed, the pages are cached again.
  await expectServedFromCache(request, "/tin-tuc");
});
