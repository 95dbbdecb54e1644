// The restore drill: a backup of the running site, restored into a new folder and served by a
// server of its own, must show the same articles, revisions, accounts and images.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { articles } from "@/db/schema";
import { e2eDatabasePath } from "../playwright.config";
import { createAccount, expect, signIn, test, type Account } from "./fixtures";
import { ownPort, startOwnServer, type OwnServer } from "./own-server";

const run = promisify(execFile);
const dataDir = path.resolve(path.dirname(e2eDatabasePath));
const RESTORED_PORT = ownPort("restore-drill");
const demoAdmin: Account = { id: 0, username: "quantri", password: "QuanTri@2026", displayName: "", role: "admin" };

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

/** Writes an article in the editor as a person would, publishes it, then saves one more change. */
async function writeAndPublish(page: Page, title: string, body: string, coverAlt?: string): Promise<void> {
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Tóm tắt (sapo)").fill("Bản tin diễn tập khôi phục dữ liệu.");
  const editor = page.getByRole("textbox", { name: "Nội dung" });
  await editor.click();
  await editor.pressSequentially(body);
  if (coverAlt) {
    await page.getByRole("button", { name: "Chọn ảnh đại diện" }).click();
    const dialog = page.getByRole("dialog", { name: "Chèn ảnh" });
    await dialog.getByRole("tab", { name: "Thư viện ảnh" }).click();
    await dialog.getByRole("button").filter({ has: page.getByRole("img", { name: coverAlt }) }).click();
    await dialog.getByRole("button", { name: "Chèn ảnh" }).click();
    await expect(page.getByRole("region", { name: "Ảnh đại diện" }).getByRole("img", { name: coverAlt })).toBeVisible();
  }
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible();
  await page.getByLabel("Tóm tắt (sapo)").fill("Bản tin diễn tập khôi phục dữ liệu, đã sửa sau khi đăng.");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
}

async function revisionRows(page: Page, articleId: number): Promise<string[]> {
  await page.goto(`/quan-tri/bai-viet/${articleId}/lich-su`);
  await expect(page.getByRole("heading", { name: /^Lịch sử các lần lưu/ })).toBeVisible();
  return page.locator("tbody tr").allInnerTexts();
}

test("a backup taken while the site serves restores into a new folder that serves the same articles, revisions, accounts and images", async ({ page, browser, db }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const editor = await createAccount("editor", db);
  await signIn(page, editor);

  // An upload through the handler, as the editor's picker sends it.
  const alt = `Ảnh diễn tập khôi phục ${stamp}`;
  const photo = await sharp({ create: { width: 1400, height: 900, channels: 3, background: "#0f766e" } }).jpeg().toBuffer();
  const upload = await page.request.post("/api/media", {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { file: { name: "dien-tap.jpg", mimeType: "image/jpeg", buffer: photo }, alt },
  });
  expect(upload.status()).toBe(201);
  const imageUrl = ((await upload.json()) as { media: { sources: { src: string } } }).media.sources.src;
  const originalImage = await (await page.request.get(imageUrl)).body();

  const drafted = [
    { title: `Diễn tập khôi phục: hội nghị có ảnh ${stamp}`, body: "Hội nghị đại biểu người lao động năm 2026 có ảnh đại diện.", coverAlt: alt },
    { title: `Diễn tập khôi phục: tin không ảnh ${stamp}`, body: "Công đoàn cơ sở thăm hỏi đoàn viên có hoàn cảnh khó khăn." },
  ];
  for (const article of drafted) await writeAndPublish(page, article.title, article.body, article.coverAlt);
  const written = [];
  for (const article of drafted) {
    const row = (await db.select({ id: articles.id, slug: articles.slug }).from(articles).where(eq(articles.title, article.title)).limit(1))[0];
    if (!row) throw new Error(`${article.title} was not saved`);
    written.push({ ...article, ...row });
  }
  const history = new Map<number, string[]>();
  for (const article of written) history.set(article.id, await revisionRows(page, article.id));
  expect(history.get(written[0]!.id)?.length).toBeGreaterThanOrEqual(3);

  // The backup, while readers keep asking the main server for pages.
  const drill = fs.mkdtempSync(path.join(dataDir, "dien-tap-"));
  const backupDir = path.join(drill, "sao-luu");
  let backupDone = false;
  const backup = run("npm", ["run", "backup"], {
    env: { ...process.env, DATABASE_PATH: path.resolve(e2eDatabasePath), MEDIA_DIR: path.join(dataDir, "media"), BACKUP_DIR: backupDir },
  }).finally(() => {
    backupDone = true;
  });
  const statuses: number[] = [];
  while (!backupDone) {
    statuses.push((await page.request.get(`/tin-tuc/${written[1]!.slug}`)).status(), (await page.request.get("/tin-tuc")).status());
  }
  const { stdout } = await backup;
  expect(stdout).toContain(`Đã sao lưu vào ${backupDir}`);
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.every((status) => status === 200)).toBe(true);
  const [archiveName] = fs.readdirSync(backupDir);
  const archive = path.join(backupDir, archiveName ?? "");

  const restoredDir = path.join(drill, "khoi-phuc");
  const restored = await run("npm", ["run", "restore", "--", archive], {
    env: { ...process.env, DATABASE_PATH: path.join(restoredDir, "ban-tin.sqlite"), MEDIA_DIR: path.join(restoredDir, "media") },
  });
  expect(restored.stdout).toContain("Đã khôi phục bản sao lưu");

  let server: OwnServer | null = null;
  try {
    server = await startOwnServer({ port: RESTORED_PORT, dataDir: restoredDir, env: { BACKUP_DIR: backupDir } });
    const context = await browser.newContext({ baseURL: server.baseURL });
    const reader = await context.newPage();
    for (const article of written) {
      await reader.goto(`/tin-tuc/${article.slug}`);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText(article.title);
      await expect(reader.locator(".article-body")).toContainText(article.body);
    }
    const cover = reader.getByRole("img", { name: alt });
    await reader.goto(`/tin-tuc/${written[0]!.slug}`);
    await expect(cover).toBeVisible();
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const restoredImage = await (await reader.request.get(imageUrl)).body();
    expect(sha256(restoredImage)).toBe(sha256(originalImage));

    // The account made in this test signs in, and sees the same history.
    await signIn(reader, editor);
    for (const article of written) expect(await revisionRows(reader, article.id)).toEqual(history.get(article.id));
    await context.close();

    // The demo administrator signs in too, and finds the backup it was restored from.
    const adminContext = await browser.newContext({ baseURL: server.baseURL });
    const admin = await adminContext.newPage();
    await signIn(admin, demoAdmin);
    await admin.goto("/quan-tri/sao-luu");
    const row = admin.getByRole("row").filter({ hasText: archiveName ?? "" });
    await expect(row).toContainText("Dòng lệnh");
    const [download] = await Promise.all([admin.waitForEvent("download"), row.getByRole("link", { name: `Tải về ${archiveName}` }).click()]);
    expect(sha256(fs.readFileSync(await download.path()))).toBe(sha256(fs.readFileSync(archive)));
    await adminContext.close();
  } finally {
    await server?.stop();
  }
});
