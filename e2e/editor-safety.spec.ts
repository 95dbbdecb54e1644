import { eq } from "drizzle-orm";
import { articles } from "@/db/schema";
import { answerYes, createAccount, expect, expectSaveFinished, test } from "./fixtures";
import { expectPermanentRedirect } from "./redirects";

test("a signed-out visit to the workspace leads to sign-in and back to that page", async ({ page, db }) => {
  await page.goto("/quan-tri/bai-viet/moi");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fbai-viet%2Fmoi$/);
  const account = await createAccount("contributor", db);
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill("mat-khau-sai-hoan-toan");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập" })).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/moi$/);
  await expect(page.getByRole("heading", { name: "Viết bài mới" })).toBeVisible();
});

test("the draft is saved automatically, closing with unsaved changes asks first, and what was typed is saved on the way out", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `Bản nháp tự động lưu ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await expect(page.getByText(/^Đã tự động lưu lúc/)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  expect((await db.select().from(articles).where(eq(articles.title, title)).limit(1))[0]?.status).toBe("draft");

  await page.getByLabel("Tóm tắt (sapo)").fill("Chưa kịp lưu");
  const dialog = new Promise<string>((resolve) => page.once("dialog", (d) => { resolve(d.type()); void d.accept(); }));
  await page.close({ runBeforeUnload: true });
  expect(await dialog).toBe("beforeunload");
  // Leaving anyway: the page saves by a keepalive request as it goes.
  await expect.poll(async () => (await db.select().from(articles).where(eq(articles.title, title)).limit(1))[0]?.summary).toBe("Chưa kịp lưu");
});

test("a staff preview shows a draft as the public page will, and readers cannot open it", async ({ page, loginAs, browser }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `Bản nháp để xem trước ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  const id = page.url().split("/").pop();
  await page.goto(`/xem-truoc/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/^Bản xem trước \(Bản nháp\)/)).toBeVisible();
  await expect(page.getByTestId("ngay-dang")).toHaveText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), ngày \d\d\/\d\d\/\d{4} - \d\d:\d\d$/);

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/xem-truoc/${id}`);
  await expect(reader).toHaveURL(/\/dang-nhap/);
  await readerContext.close();
});

test("a published article's old address redirects permanently to its new slug", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  const stamp = Date.now();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Hội nghị đổi đường dẫn ${stamp}`);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible();
  const oldSlug = await page.getByLabel("Đường dẫn").inputValue();
  await page.getByLabel("Đường dẫn").fill(`hoi-nghi-duong-dan-moi-${stamp}`);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
  expectPermanentRedirect(await page.request.get(`/tin-tuc/${oldSlug}`, { maxRedirects: 0 }), `/tin-tuc/hoi-nghi-duong-dan-moi-${stamp}`);
});

test("a title mended just after publishing keeps the address readers already have", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  const stamp = Date.now();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Hội nghị giữ đường dẫn ${stamp}`);
  // Until it is published, the address follows the title as it is typed.
  await expect(page.getByLabel("Đường dẫn")).toHaveValue(`hoi-nghi-giu-duong-dan-${stamp}`);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible();
  const slug = await page.getByLabel("Đường dẫn").inputValue();

  const mended = `Hội nghị giữ đường dẫn ${stamp}: sửa lỗi chính tả`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(mended);
  await expect(page.getByLabel("Đường dẫn")).toHaveValue(slug);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
  const live = await page.request.get(`/tin-tuc/${slug}`, { maxRedirects: 0 });
  expect(live.status()).toBe(200);
  expect(await live.text()).toContain(mended);
});

test("every save keeps a revision that can be compared and restored", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Bài có lịch sử ${Date.now()}`);
  await page.getByLabel("Tóm tắt (sapo)").fill("Tóm tắt ban đầu");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
  await page.getByLabel("Tóm tắt (sapo)").fill("Tóm tắt đã sửa lại");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expectSaveFinished(page);
  await page.getByRole("link", { name: "Lịch sử các lần lưu" }).click();

  await expect(page.getByRole("cell", { name: "#2", exact: true })).toBeVisible();
  await expect(page.locator("del").filter({ hasText: "ban đầu" })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "đã sửa lại" })).toBeVisible();
  await page.getByRole("row", { name: /#1/ }).getByRole("button", { name: "Khôi phục" }).click();
  await answerYes(page, "Khôi phục");
  await expect(page.getByText("Đã khôi phục bản lưu #1.")).toBeVisible();
  await page.getByRole("link", { name: "← Quay lại bài viết" }).click();
  await expect(page.getByLabel("Tóm tắt (sapo)")).toHaveValue("Tóm tắt ban đầu");
});

test("signing out ends the session: the workspace asks to sign in again", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto("/quan-tri");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri$/);
});
