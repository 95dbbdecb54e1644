import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { pages } from "@/db/schema";
import { answerYes, createAccount, expect, signIn, test } from "./fixtures";

// The union's "about" pages: editors keep them, readers find them at /gioi-thieu/<slug>, in the
// search and in the sitemap. The demo pages are shared with the other journeys: what a test changes
// in them it puts back, and destructive steps use pages of the test's own.

const PAGE_MANAGERS_ONLY = "Bạn không có quyền quản lý trang giới thiệu";

async function demoPageId(db: Database, slug: string): Promise<number> {
  const id = (await db.select({ id: pages.id }).from(pages).where(eq(pages.slug, slug)).limit(1))[0]?.id;
  if (!id) throw new Error(`the demo page ${slug} is missing`);
  return id;
}

/** A reader without a session, in a browser context of their own. */
async function reader(browser: Browser) {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

/** A second request for the page is answered from Next's cache, not rendered again. */
async function expectServedFromCache(request: APIRequestContext, address: string) {
  await expect(async () => {
    await request.get(address);
    expect((await request.get(address)).headers()["x-nextjs-cache"], address).toBe("HIT");
  }).toPass({ timeout: 10_000 });
}

test("an editor adds a sentence to Liên hệ, and a reader sees it at once; the revision history puts it back", async ({ page, loginAs, browser, db, request }) => {
  const sentence = `Tiếp công dân vào sáng thứ Năm hằng tuần ${Date.now()}.`;
  const visitor = await reader(browser);
  await visitor.page.goto("/gioi-thieu/lien-he");
  await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText("Liên hệ");
  await expectServedFromCache(request, "/gioi-thieu/lien-he");

  await loginAs("editor");
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Trang giới thiệu" }).click();
  await page.getByRole("list", { name: "Các trang giới thiệu" }).getByRole("link", { name: "Liên hệ", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/trang/${await demoPageId(db, "lien-he")}$`));
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await body.press("Control+End");
  await body.press("Enter");
  await body.pressSequentially(sentence);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();

  await visitor.page.goto("/gioi-thieu/lien-he");
  await expect(visitor.page.getByRole("article")).toContainText(sentence);

  await page.getByRole("link", { name: "Lịch sử các lần lưu" }).click();
  await expect(page.locator("ins").filter({ hasText: sentence.slice(0, 20) })).toBeVisible();
  await page.getByRole("row").filter({ has: page.getByRole("cell", { name: "#1", exact: true }) }).getByRole("button", { name: "Khôi phục" }).click();
  await answerYes(page, "Khôi phục");
  await expect(page.getByText("Đã khôi phục bản lưu #1.")).toBeVisible();
  await visitor.page.goto("/gioi-thieu/lien-he");
  await expect(visitor.page.getByRole("article")).not.toContainText(sentence);
  await visitor.close();
});

test("the English page says so on its content, and a sub-page shows its breadcrumbs with their structured data", async ({ page }) => {
  await page.goto("/gioi-thieu/about-us");
  const article = page.getByRole("article");
  await expect(article).toHaveAttribute("lang", "en");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("About us");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");

  await page.goto("/gioi-thieu/lich-su-truyen-thong");
  const crumbs = page.getByRole("navigation", { name: "Vị trí trang" });
  await expect(crumbs.getByRole("link")).toHaveText(["Trang chủ", "Giới thiệu"]);
  await expect(crumbs.getByRole("link", { name: "Giới thiệu" })).toHaveAttribute("href", "/gioi-thieu/gioi-thieu");
  await expect(crumbs.getByText("Lịch sử truyền thống")).toHaveAttribute("aria-current", "page");
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json) as { "@type": string; itemListElement?: { name: string; item: string }[] });
  const list = data.find((item) => item["@type"] === "BreadcrumbList");
  expect(list?.itemListElement?.map((step) => step.name)).toEqual(["Trang chủ", "Giới thiệu", "Lịch sử truyền thống"]);
  expect(list?.itemListElement?.at(-1)?.item).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gioi-thieu\/lich-su-truyen-thong$/);
  await expect(page).toHaveTitle(/^Lịch sử truyền thống \|/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/gioi-thieu\/lich-su-truyen-thong$/);

  // A parent lists the pages under it, below its text.
  await crumbs.getByRole("link", { name: "Giới thiệu" }).click();
  const children = page.getByRole("navigation", { name: "Trong mục này" });
  await expect(children.getByRole("link")).toHaveText(["Lịch sử truyền thống", "Cơ cấu tổ chức", "Ban Thường vụ"]);
});

test("a reader's search without tone marks finds a page, shown as a page above the articles", async ({ page }) => {
  await page.goto(`/tim-kiem?q=${encodeURIComponent("lich su truyen thong")}`);
  await expect(page.getByRole("heading", { level: 3, name: "Trang giới thiệu" })).toBeVisible();
  const found = page.getByRole("list", { name: "Trang giới thiệu" }).getByRole("listitem").first();
  await expect(found.getByRole("link")).toHaveText("Lịch sử truyền thống");
  await expect(found.locator("mark").first()).toHaveText("Lịch");
  await found.getByRole("link").click();
  await expect(page).toHaveURL(/\/gioi-thieu\/lich-su-truyen-thong$/);
});

test("a second page with the same address is refused on the slug field, and what was typed stays", async ({ page, loginAs, db }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/trang/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill("Liên hệ");
  await expect(page.getByLabel("Đường dẫn")).toHaveValue("lien-he");
  await page.getByLabel("Tóm tắt").fill("Số điện thoại đường dây nóng");
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await body.pressSequentially("Đường dây nóng hoạt động 24/7.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đường dẫn này đã có trang khác dùng. Hãy chọn đường dẫn khác.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Trang chưa lưu được" })).toHaveText("Trang chưa lưu được: hãy sửa các mục được đánh dấu. Nội dung bạn viết vẫn còn nguyên trên trang.");
  await expect(page.getByLabel("Đường dẫn")).toHaveAttribute("aria-invalid", "true");
  // Red-bordered as every field in error (accent-700), not only named below.
  await expect(page.getByLabel("Đường dẫn")).toHaveCSS("border-top-color", "rgb(160, 29, 35)");
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue("Liên hệ");
  await expect(page.getByLabel("Tóm tắt")).toHaveValue("Số điện thoại đường dây nóng");
  await expect(body).toContainText("Đường dây nóng hoạt động 24/7.");
  await expect(page).toHaveURL(/\/quan-tri\/trang\/moi$/);
  expect(await db.select().from(pages).where(eq(pages.slug, "lien-he"))).toHaveLength(1);
});

test("a new page is public only once published, in the sitemap while it is, and gone when taken down and deleted", async ({ page, loginAs, browser, db }) => {
  const stamp = Date.now();
  const title = `Quỹ Tấm lòng vàng ${stamp}`;
  const slug = `quy-tam-long-vang-${stamp}`;
  await loginAs("editor");
  await page.goto("/quan-tri/trang/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Trang cha").selectOption({ label: "Giới thiệu" });
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/trang\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split("/").pop());

  const visitor = await reader(browser);
  expect((await visitor.page.goto(`/gioi-thieu/${slug}`))?.status()).toBe(404);
  await page.goto(`/xem-truoc/trang/${id}`);
  await expect(page.getByText(/^Bản xem trước \(Bản nháp\): bạn đọc chưa thấy trang này\./)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.goto(`/quan-tri/trang/${id}`);
  await page.getByRole("button", { name: "Đăng trang" }).click();
  await expect(page.getByText("Đã đăng trang.")).toBeVisible();
  await visitor.page.goto(`/gioi-thieu/${slug}`);
  await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText(title);
  // Once published, a new title leaves the address alone: links to the page elsewhere keep working.
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`${title} (sửa)`);
  await expect(page.getByLabel("Đường dẫn")).toHaveValue(slug);
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  expect(await (await visitor.page.request.get("/sitemap.xml")).text()).toContain(`/gioi-thieu/${slug}</loc>`);

  await page.getByRole("button", { name: "Gỡ trang" }).click();
  await answerYes(page, "Gỡ trang");
  await expect(page.getByText("Đã gỡ trang khỏi trang công khai.")).toBeVisible();
  expect((await visitor.page.goto(`/gioi-thieu/${slug}`))?.status()).toBe(404);

  await page.goto("/quan-tri/trang");
  await page.getByRole("button", { name: `Xóa trang ${title}` }).click();
  await answerYes(page, "Xóa hẳn trang");
  await expect(page.getByText(`Đã xóa trang “${title}”.`)).toBeVisible();
  expect((await db.select().from(pages).where(eq(pages.id, id)).limit(1))[0]).toBeUndefined();
  await visitor.close();
});

test("a published page moved to a new address: the link readers shared still lands on it, by a permanent redirect", async ({ page, loginAs, browser, request }) => {
  const stamp = Date.now();
  const title = `Đường dây nóng ${stamp}`;
  const oldSlug = `duong-day-nong-${stamp}`;
  const newSlug = `tu-van-phap-luat-${stamp}`;
  await loginAs("editor");
  await page.goto("/quan-tri/trang/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/trang\/\d+$/);
  await page.getByRole("button", { name: "Đăng trang" }).click();
  await expect(page.getByText("Đã đăng trang.")).toBeVisible();
  // Shared and read: the page at its first address is in Next's cache.
  const visitor = await reader(browser);
  await visitor.page.goto(`/gioi-thieu/${oldSlug}`);
  await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectServedFromCache(request, `/gioi-thieu/${oldSlug}`);

  await expect(page.getByText("đổi đường dẫn của trang đã đăng thì địa chỉ cũ vẫn chuyển tới trang")).toBeVisible();
  await page.getByLabel("Đường dẫn").fill(newSlug);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();

  await visitor.page.goto(`/gioi-thieu/${oldSlug}`);
  await expect(visitor.page).toHaveURL(new RegExp(`/gioi-thieu/${newSlug}$`));
  await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText(title);
  const answer = await request.get(`/gioi-thieu/${oldSlug}`, { maxRedirects: 0 });
  expect(answer.status()).toBe(308);
  expect(new URL(answer.headers()["location"] ?? "", "http://x").pathname).toBe(`/gioi-thieu/${newSlug}`);
  await visitor.close();
});

test("the published pages are in the sitemap, drafts are not", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const slug of ["gioi-thieu", "lich-su-truyen-thong", "co-cau-to-chuc", "ban-thuong-vu", "lien-he", "about-us"]) {
    expect(sitemap).toMatch(new RegExp(`<loc>http://127\\.0\\.0\\.1:\\d+/gioi-thieu/${slug}</loc><lastmod>`));
  }
});

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** Every server action the build registered from the pages' admin, with a page it can be posted to. */
function pageActions(pageId: number): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename?.startsWith("app/quan-tri/trang/"))
    .map(([id, entry]) => ({
      id,
      name: entry.exportedName ?? id,
      page: `/${Object.keys(entry.workers)[0]?.replace(/^app\//, "").replace(/\/page$/, "").replace("[id]", String(pageId))}`,
    }));
}

test("a contributor's direct requests to the pages' admin, preview, autosave and actions are refused", async ({ page, db }) => {
  const contributor = await createAccount("contributor", db);
  const pageId = await demoPageId(db, "lien-he");
  await signIn(page, contributor);
  await expect(page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Trang giới thiệu" })).toHaveCount(0);
  for (const address of ["/quan-tri/trang", "/quan-tri/trang/moi", `/quan-tri/trang/${pageId}`, `/quan-tri/trang/${pageId}/lich-su`, `/xem-truoc/trang/${pageId}`]) {
    expect((await page.request.get(address)).status(), address).toBe(404);
  }

  const autosave = await page.request.post("/api/trang/tu-dong-luu", {
    data: { pageId, baseVersion: 1, fields: { title: "Chiếm trang", slug: "lien-he", summary: "", bodyHtml: "<p>x</p>", parentId: "", lang: "vi", showContacts: "" } },
  });
  expect(autosave.status()).toBe(403);
  expect((await autosave.json()).formError).toContain(PAGE_MANAGERS_ONLY);

  const actions = pageActions(pageId);
  expect(actions.map((action) => action.name).sort()).toEqual(["deletePageAction", "movePageAction", "restorePageRevisionAction", "savePageAction"]);
  for (const action of actions) {
    // As the browser calls an action; the list's actions take (previous state, form), the editor's a form.
    const form = new FormData();
    for (const [name, value] of Object.entries({ pageId: String(pageId), intent: "publish", title: "Chiếm trang", lang: "vi", direction: "up", revisionId: "1", baseVersion: "1" })) form.set(`1_${name}`, value);
    form.set("0", ["movePageAction", "deletePageAction"].includes(action.name) ? '[null,"$K1"]' : '["$K1"]');
    const response = await page.request.post(action.page, { headers: { "Next-Action": action.id, Accept: "text/x-component" }, multipart: form, maxRedirects: 0 });
    expect(await response.text(), action.name).toContain(PAGE_MANAGERS_ONLY);
  }
  expect((await db.select().from(pages).where(eq(pages.id, pageId)).limit(1))[0]).toMatchObject({ title: "Liên hệ", status: "published" });
});

test("a page's “Xem trước” right after typing saves first, so the preview shows what was just typed", async ({ page, loginAs }) => {
  const title = `Trang xem trước ${Date.now()}`;
  await loginAs("editor");
  await page.goto("/quan-tri/trang/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/trang\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split("/").pop());

  // Well inside the autosave's idle seconds.
  await page.getByLabel("Tóm tắt").fill("Gõ xong là bấm xem trước trang.");
  const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "Xem trước", exact: true }).click()]);
  await expect(preview).toHaveURL(new RegExp(`/xem-truoc/trang/${id}$`));
  await expect(preview.getByText("Gõ xong là bấm xem trước trang.")).toBeVisible();
  await expect(page.getByText("Có thay đổi chưa lưu")).toHaveCount(0);
});
