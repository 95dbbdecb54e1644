import { createAccount, expect, signIn, test } from "./fixtures";
import { insertArticle } from "@/db/test-database";
import { categories, units } from "@/db/schema";

test("signed-out direct requests to the workspace's handlers are refused", async ({ request }) => {
  const upload = await request.post("/api/media", { multipart: { file: { name: "a.jpg", mimeType: "image/jpeg", buffer: Buffer.from("x") } } });
  expect(upload.status()).toBe(401);
  expect((await upload.json()).error).toBe("Bạn cần đăng nhập để tải ảnh lên.");
  expect((await request.get("/api/media")).status()).toBe(401);
  const autosave = await request.post("/api/bai-viet/tu-dong-luu", { data: { articleId: null, baseVersion: null, fields: { title: "x" } } });
  expect(autosave.status()).toBe(401);
  const workspace = await request.get("/quan-tri", { maxRedirects: 0 });
  expect(workspace.status()).toBe(307);
  expect(workspace.headers().location).toContain("/dang-nhap?callbackUrl=%2Fquan-tri");
});

test("a contributor cannot save someone else's article by a direct request", async ({ page, db }) => {
  const owner = await createAccount("contributor", db);
  const intruder = await createAccount("contributor", db);
  const unitId = (await db.select().from(units).limit(1))[0]!.id;
  const categoryId = (await db.select().from(categories).limit(1))[0]!.id;
  const article = await insertArticle(db, { unitId, categoryId, slug: `bai-cua-nguoi-khac-${Date.now()}`, status: "draft", publishedAt: null, createdBy: owner.id });
  await signIn(page, intruder);
  const response = await page.request.post("/api/bai-viet/tu-dong-luu", {
    data: { articleId: article.id, baseVersion: article.version, fields: { title: "Chiếm bài", slug: "", summary: "", bodyHtml: "", coverMediaId: "", coverCaption: "", byline: "", categoryId: String(categoryId), unitId: String(unitId), seriesId: "", seriesPart: "", isFeatured: "" } },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).formError).toBe("Bạn không có quyền sửa bài này ở trạng thái hiện tại.");
  // And the page of that article is not theirs to see.
  expect((await page.request.get(`/quan-tri/bai-viet/${article.id}`)).status()).toBe(404);
  // Said inside the workspace, its menu at hand.
  await page.goto(`/quan-tri/bai-viet/${article.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy mục này" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Viết bài mới" })).toBeVisible();
});

test("until its script runs, the sign-in form sends nothing: a password never lands in an address", async ({ browser }) => {
  // A phone on a slow line may show the form before its script has run; without JavaScript it never runs.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/dang-nhap");
  // Chromium driven without JavaScript still parses <noscript> as text, so its line is read from the page's HTML.
  expect(await page.content()).toContain("Trang quản trị cần JavaScript: hãy bật JavaScript");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeDisabled();
  await expect(page.locator("form")).toHaveAttribute("method", "post");
  await page.getByLabel("Tên đăng nhập").fill("quantri");
  await page.getByLabel("Mật khẩu").fill("mat-khau-bi-mat");
  const navigated = page.waitForEvent("framenavigated", { timeout: 2_000 }).then(
    () => true,
    () => false,
  );
  await page.getByLabel("Mật khẩu").press("Enter");
  expect(await navigated).toBe(false);
  expect(page.url()).not.toContain("mat-khau-bi-mat");
  await context.close();
});
