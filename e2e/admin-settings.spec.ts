// An admin sets up the union's site (slogan, emblem, contacts) and a reader sees it at once. The
// settings change every page of the site, so this journey has a demo site of its own: the other
// journeys check the demo's name and slogan on the shared one.
import fs from "node:fs";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { openDatabase, type Database, closeDatabase } from "@/db/client";
import { auditLog, siteSettings } from "@/db/schema";
import { demoSiteSettings } from "@/seeds/demo-settings";
import { publishedDemoArticles } from "./demo-content";
import { answerYes, createAccount, expect, signIn, test, type Account } from "./fixtures";
import { ownPort, startOwnServer, type OwnServer } from "./own-server";

let server: OwnServer;
let db: Database;
let admin: Account;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  const dataDir = testInfo.outputPath("server");
  fs.rmSync(dataDir, { recursive: true, force: true });
  server = await startOwnServer({ port: ownPort("settings"), dataDir });
  db = openDatabase(server.databaseLocation);
  admin = await createAccount("admin", db);
});

test.afterAll(async () => {
  if (db) await closeDatabase(db);
  await server?.stop();
});

async function adminPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signIn(page, admin, "/quan-tri/cai-dat");
  return { context, page };
}

const storedVersion = async () => (await db.select({ version: siteSettings.version }).from(siteSettings).limit(1))[0]?.version;
const emblemUpload = (page: Page) => page.getByLabel("Tải biểu trưng lên");

test("a javascript: Facebook link and a PDF “logo” are refused on their fields, and everything typed stays", async ({ browser }) => {
  const { context, page } = await adminPage(browser);
  try {
    // Also on a phone: the whole form and its history without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByLabel("Địa chỉ", { exact: true }).fill("Số 99 đường Lê Lợi, phường Hòa Bình, thành phố Hải Lâm");
    await page.getByLabel("Điện thoại").fill("0208 3855 999");
    await page.getByLabel("Trang Facebook").fill("javascript:alert(document.cookie)");

    // 6 MB that say they are a PDF: under the size limit, so only the content refuses them.
    await emblemUpload(page).setInputFiles({ name: "logo.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(6 * 1024 * 1024, 0x20)]) });
    const emblemField = page.getByRole("group", { name: "Biểu trưng" });
    await expect(emblemField).toContainText("Tệp “logo.pdf” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.");

    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(page.getByRole("form", { name: "Cài đặt trang" }).getByRole("alert")).toHaveText("Chưa lưu được: hãy sửa các mục được đánh dấu.");
    await expect(page.getByLabel("Trang Facebook")).toHaveAccessibleDescription(/bắt đầu bằng https:\/\/ hoặc http:\/\//);
    await expect(page.getByLabel("Trang Facebook")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Trang Facebook")).toHaveValue("javascript:alert(document.cookie)");
    await expect(page.getByLabel("Địa chỉ", { exact: true })).toHaveValue("Số 99 đường Lê Lợi, phường Hòa Bình, thành phố Hải Lâm");
    await expect(page.getByLabel("Điện thoại")).toHaveValue("0208 3855 999");
    await expect(emblemField.getByRole("img", { name: "Biểu trưng đang chọn" })).toHaveCount(0);
    expect(await storedVersion()).toBe(1);
  } finally {
    await context.close();
  }
});

test("an admin's new slogan, emblem and contacts reach a reader at once, favicon included, and restoring version 1 puts the site back", async ({ browser }) => {
  test.setTimeout(120_000);
  const reader = await browser.newContext({ baseURL: server.baseURL });
  const readerPage = await reader.newPage();
  const favicon = async () => {
    const response = await reader.request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
    return response.body();
  };
  const neutralFavicon = await favicon();
  const article = `/tin-tuc/${publishedDemoArticles[0]?.slug}`;
  await readerPage.goto("/");
  await expect(readerPage.getByText(demoSiteSettings.slogans[0] ?? "")).toBeVisible();

  const { context, page } = await adminPage(browser);
  try {
    const slogan = `Khẩu hiệu thử nghiệm ${Date.now()}: đoàn kết, sáng tạo, vì người lao động`;
    await page.getByLabel("Khẩu hiệu 1", { exact: true }).fill(slogan);
    await page.getByLabel("Hiện khẩu hiệu 1").check();
    const emblem = await sharp({ create: { width: 300, height: 300, channels: 4, background: { r: 192, g: 38, b: 45, alpha: 1 } } }).png().toBuffer();
    await emblemUpload(page).setInputFiles({ name: "bieu-trung.png", mimeType: "image/png", buffer: emblem });
    await expect(page.getByRole("img", { name: "Biểu trưng đang chọn" })).toBeVisible();
    await page.getByLabel("Tải ảnh chia sẻ mặc định lên").setInputFiles({ name: "chia-se.png", mimeType: "image/png", buffer: emblem });
    await expect(page.getByRole("img", { name: "Ảnh chia sẻ mặc định đang chọn" })).toBeVisible();
    await page.getByLabel("Địa chỉ", { exact: true }).fill("Số 5 đường Lê Lợi, phường Hòa Bình, thành phố Hải Lâm");
    await page.getByLabel("Điện thoại").fill("(0208) 3.855.777");
    await page.getByLabel("Email").fill("vanphong@hailam.congdoan.vn");
    await page.getByLabel("Giờ làm việc").fill("Thứ Hai – Thứ Sáu, 7 giờ 30 – 17 giờ");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu cài đặt trang (phiên bản 2)" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "hiện tại" })).toContainText("Lưu: Khẩu hiệu, Biểu trưng (logo), Địa chỉ, Điện thoại, Email, Giờ làm việc, Ảnh chia sẻ mặc định");

    // A reader who was not signed in, without a restart: the home page, an article's footer, the tab icon.
    await readerPage.goto("/");
    await expect(readerPage.getByText(slogan)).toBeVisible();
    await expect(readerPage.getByRole("banner").locator("img")).toHaveAttribute("src", /^\/api\/media\/.+\.jpg$/);
    // The home page has no picture of its own to share: the default one stands in.
    await expect(readerPage.locator('meta[property="og:image"]')).toHaveAttribute("content", /^http:\/\/127\.0\.0\.1:\d+\/api\/anh-chia-se\/anh-.+\.jpg$/);
    await readerPage.goto(article);
    const footer = readerPage.getByRole("contentinfo");
    await expect(footer).toContainText("Số 5 đường Lê Lợi, phường Hòa Bình, thành phố Hải Lâm");
    await expect(footer.getByRole("link", { name: "(0208) 3.855.777" })).toHaveAttribute("href", "tel:+842083855777");
    await expect(footer.getByRole("link", { name: "vanphong@hailam.congdoan.vn" })).toHaveAttribute("href", "mailto:vanphong@hailam.congdoan.vn");
    await expect(footer).toContainText("Thứ Hai – Thứ Sáu, 7 giờ 30 – 17 giờ");
    await expect(footer.getByRole("link", { name: /^Facebook/ })).toHaveAttribute("rel", "noopener noreferrer");
    // The "Liên hệ" page shows the same contacts under its text.
    await readerPage.goto("/gioi-thieu/lien-he");
    await expect(readerPage.getByRole("region", { name: "Thông tin liên hệ" })).toContainText("Số 5 đường Lê Lợi, phường Hòa Bình, thành phố Hải Lâm");
    const uploadedFavicon = await favicon();
    expect(uploadedFavicon.equals(neutralFavicon)).toBe(false);

    // Back to the demo's own settings through the history's restore button.
    await page.getByRole("button", { name: "Khôi phục phiên bản 1" }).click();
    await answerYes(page, "Khôi phục");
    await expect(page.getByRole("status").filter({ hasText: "Đã khôi phục phiên bản 1 (thành phiên bản 3)." })).toBeVisible();
    await expect(page.getByLabel("Khẩu hiệu 1", { exact: true })).toHaveValue(demoSiteSettings.slogans[0] ?? "");
    await readerPage.goto("/");
    await expect(readerPage.getByText(demoSiteSettings.slogans[0] ?? "")).toBeVisible();
    await expect(readerPage.getByText(slogan)).toHaveCount(0);
    // Without a default image, a card drawn with the site name stands in.
    await expect(readerPage.locator('meta[property="og:image"]')).toHaveAttribute("content", /^http:\/\/127\.0\.0\.1:\d+\/api\/anh-chia-se\/trang-[a-z0-9]+\.png$/);
    expect((await favicon()).equals(neutralFavicon)).toBe(true);

    const entries = await db.select({ action: auditLog.action, detail: auditLog.detail }).from(auditLog).where(eq(auditLog.actorId, admin.id));
    expect(entries).toEqual(
      expect.arrayContaining([
        { action: "settings-update", detail: "Phiên bản 2. Đổi: Khẩu hiệu, Biểu trưng (logo), Địa chỉ, Điện thoại, Email, Giờ làm việc, Ảnh chia sẻ mặc định" },
        { action: "settings-restore", detail: "Khôi phục phiên bản 1 thành phiên bản 3. Đổi: Khẩu hiệu, Biểu trưng (logo), Địa chỉ, Điện thoại, Email, Giờ làm việc, Ảnh chia sẻ mặc định." },
      ]),
    );
  } finally {
    await context.close();
    await reader.close();
  }
});

test("a save made on a version someone else has replaced is refused, saying so, and what was typed stays", async ({ browser }) => {
  const first = await adminPage(browser);
  const second = await adminPage(browser);
  try {
    const before = await storedVersion() ?? 0;
    await first.page.getByLabel("Giờ làm việc").fill("Thứ Hai – Thứ Bảy, 7 giờ – 17 giờ");
    await first.page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(first.page.getByRole("status").filter({ hasText: `phiên bản ${before + 1}` })).toBeVisible();

    await second.page.getByLabel("Lời chân trang").fill("Lời chân trang gõ ở thẻ thứ hai, chưa được lưu.");
    await second.page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(second.page.getByRole("form", { name: "Cài đặt trang" }).getByRole("alert")).toContainText(`vừa được lưu bởi ${admin.displayName}`);
    await expect(second.page.getByLabel("Lời chân trang")).toHaveValue("Lời chân trang gõ ở thẻ thứ hai, chưa được lưu.");
    expect(await storedVersion()).toBe(before + 1);
  } finally {
    await first.context.close();
    await second.context.close();
  }
});
