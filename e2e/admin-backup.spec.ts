// An admin's backups page: the warning, "Sao lưu ngay", the download, and who may not download.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { create } from "tar";
import type { BackupManifest } from "@/core/backup-manifest";
import { backupFileName } from "@/core/backup-rules";
import { formatShortDateTime } from "@/core/vi-date";
import { e2eDatabasePath } from "../playwright.config";
import { createAccount, expect, signIn, test } from "./fixtures";

// The main e2e server's BACKUP_DIR (playwright.config.ts); only this file writes there.
const backupDir = path.resolve(path.dirname(e2eDatabasePath), "backups");
const sha256 = (bytes: Buffer | string) => crypto.createHash("sha256").update(bytes).digest("hex");

test.describe.configure({ mode: "serial" });

/** What an earlier night would have left: an archive whose manifest says when it was taken. */
async function placeBackupTakenAt(at: Date): Promise<string> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-sao-luu-cu-"));
  const manifest: BackupManifest = {
    format: "ban-tin-sao-luu",
    version: 1,
    createdAt: at.toISOString(),
    origin: "nightly",
    takenBy: "Hệ thống (sao lưu hằng đêm)",
    migration: { tag: "0007_search_index", createdAt: 0 },
    counts: { articles: 40, revisions: 0, accounts: 3, units: 5, categories: 4, series: 1, media: 41, auditEntries: 0 },
    files: [{ path: "ban-tin.sqlite", size: 0, sha256: sha256("") }],
  };
  fs.writeFileSync(path.join(folder, "manifest.json"), JSON.stringify(manifest));
  fs.writeFileSync(path.join(folder, "ban-tin.sqlite"), "");
  fs.mkdirSync(backupDir, { recursive: true });
  const name = backupFileName(at);
  await create({ gzip: true, file: path.join(backupDir, name), cwd: folder, portable: true }, ["manifest.json", "ban-tin.sqlite"]);
  fs.rmSync(folder, { recursive: true });
  return name;
}

test("an admin is warned when no backup is recent, takes one with “Sao lưu ngay” and downloads it", async ({ page, loginAs }) => {
  fs.rmSync(backupDir, { recursive: true, force: true });
  const admin = await loginAs("admin");
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Sao lưu" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/sao-luu$/);
  await expect(page.getByRole("heading", { name: "Sao lưu dữ liệu" })).toBeVisible();
  // Next's route announcer is an alert too (it reads the page's title): pick the warning by its words.
  const warning = page.getByRole("alert").filter({ hasText: /Chưa có bản sao lưu nào|cũ hơn 36 giờ/ });
  await expect(warning).toContainText("Chưa có bản sao lưu nào.");
  // The server scheduled its nightly job when it started.
  await expect(page.getByText(/Máy chủ tự sao lưu lúc 02:00 hằng đêm \(giờ Việt Nam\)\. Lần tới: \d{2}\/\d{2}\/\d{4} 02:00\./)).toBeVisible();

  const threeDaysAgo = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
  const old = await placeBackupTakenAt(threeDaysAgo);
  await page.reload();
  await expect(warning).toContainText(`Bản sao lưu gần nhất đã cũ hơn 36 giờ (tạo lúc ${formatShortDateTime(threeDaysAgo)}).`);
  await expect(page.getByRole("row").filter({ hasText: old })).toContainText("40 bài viết");

  await page.getByRole("button", { name: "Sao lưu ngay" }).click();
  const done = page.getByRole("status").filter({ hasText: /^Đã sao lưu: / });
  await expect(done).toBeVisible({ timeout: 60_000 });
  const name = /Đã sao lưu: (ban-tin-[\d-]+\.tar\.gz)/.exec((await done.textContent()) ?? "")?.[1] ?? "";
  expect(fs.existsSync(path.join(backupDir, name))).toBe(true);
  await expect(warning).toHaveCount(0);
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toContainText(name);
  await expect(rows.nth(1)).toContainText(`Quản trị viên: ${admin.displayName}`);
  await expect(rows.nth(1)).toContainText(/\d+ bài viết, \d+ bản lưu, \d+ tài khoản/);
  await expect(rows.nth(2)).toContainText(old);

  const [download] = await Promise.all([page.waitForEvent("download"), rows.nth(1).getByRole("link", { name: `Tải về ${name}` }).click()]);
  expect(download.suggestedFilename()).toBe(name);
  expect(sha256(fs.readFileSync(await download.path()))).toBe(sha256(fs.readFileSync(path.join(backupDir, name))));
  const response = await page.request.get(`/api/sao-luu/${name}`);
  expect(response.headers()).toMatchObject({ "content-type": "application/gzip", "cache-control": "no-store", "content-disposition": `attachment; filename="${name}"` });

  await page.goto("/quan-tri/nhat-ky?thao-tac=backup-create");
  await expect(page.getByRole("row").filter({ hasText: `Bản sao lưu: ${name}` })).toContainText(admin.displayName);
  await page.goto("/quan-tri/nhat-ky?thao-tac=backup-download");
  await expect(page.getByRole("row").filter({ hasText: `Bản sao lưu: ${name}` }).first()).toContainText("Tải bản sao lưu");
});

test("a backup cannot be downloaded signed out, by a contributor or an editor, or by a name that is not a backup's", async ({ browser, request, db }) => {
  const name = await placeBackupTakenAt(new Date(Date.now() - 24 * 60 * 60 * 1000));
  const url = `/api/sao-luu/${name}`;
  const signedOut = await request.get(url);
  expect([signedOut.status(), await signedOut.text()]).toEqual([401, "Bạn cần đăng nhập bằng tài khoản quản trị để tải bản sao lưu."]);
  for (const role of ["contributor", "editor"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, await createAccount(role, db));
    const refused = await page.request.get(url);
    expect([refused.status(), await refused.text()], role).toEqual([403, "Chỉ quản trị viên được tải bản sao lưu."]);
    expect(refused.headers()["content-disposition"], role).toBeUndefined();
    await context.close();
  }

  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, await createAccount("admin", db));
  expect((await admin.request.get(url)).status()).toBe(200);
  for (const wrong of ["..%2Fban-tin.sqlite", "..%2F..%2Fpackage.json", "ban-tin.sqlite", "manifest.json", `${name}.tmp`]) {
    const refused = await admin.request.get(`/api/sao-luu/${wrong}`);
    expect([refused.status(), await refused.text()], wrong).toEqual([400, "Tên bản sao lưu không hợp lệ."]);
  }
  const unknown = await admin.request.get("/api/sao-luu/ban-tin-2000-01-01-0000.tar.gz");
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain("Không tìm thấy bản sao lưu này");
  await context.close();
});
