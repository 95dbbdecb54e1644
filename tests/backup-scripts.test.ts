import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBackupSite, filesUnder, type BackupSite } from "./backup-site";

let site: BackupSite;
beforeEach(async () => {
  site = await createBackupSite({ articles: 2, images: 1 });
});
afterEach(() => site.close());

function run(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  // tsx's own entry, as npm runs it, without npx's start-up.
  const result = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), `scripts/${script}.ts`, ...args], { env: { ...process.env, DEMO_SEED: "0", ...env }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run backup and npm run restore", () => {
  it("backs up into BACKUP_DIR, restores into an empty folder, refuses it a second time unless --force", () => {
    const siteEnv = { DATABASE_PATH: site.settings.databaseLocation, MEDIA_DIR: site.mediaDir, BACKUP_DIR: site.settings.backupDir };
    const backup = run("backup", [], siteEnv);
    expect(backup.stderr).toBe("");
    expect(backup.status).toBe(0);
    const [name] = fs.readdirSync(site.settings.backupDir);
    expect(backup.stdout).toContain(`Đã sao lưu vào ${path.join(site.settings.backupDir, name ?? "")}`);
    expect(backup.stdout).toContain("2 bài viết, 2 bản lưu, 1 tài khoản");

    const folder = path.join(site.root, "moi");
    const target = { DATABASE_PATH: path.join(folder, "ban-tin.sqlite"), MEDIA_DIR: path.join(folder, "media") };
    const archive = path.join(site.settings.backupDir, name ?? "");
    const restored = run("restore", [archive], target);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain("Đã khôi phục bản sao lưu tạo lúc");
    expect(filesUnder(target.MEDIA_DIR)).toEqual(filesUnder(site.mediaDir));

    const again = run("restore", [archive], target);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("Không khôi phục: Nơi khôi phục đã có dữ liệu");
    const forced = run("restore", [archive, "--force"], target);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("Dữ liệu cũ được giữ lại ở");
  }, 60_000);

  it("refuses with a message and a non-zero status: no database, no archive, a damaged archive, no argument", () => {
    const elsewhere = { DATABASE_PATH: path.join(site.root, "khong-co.sqlite"), MEDIA_DIR: path.join(site.root, "anh"), BACKUP_DIR: path.join(site.root, "sao-luu") };
    const backup = run("backup", [], elsewhere);
    expect([backup.status, backup.stderr.trim()]).toEqual([1, `Không tìm thấy cơ sở dữ liệu ở ${elsewhere.DATABASE_PATH}. Hãy đặt DATABASE_PATH trỏ tới tệp của trang.`]);
    expect(fs.existsSync(elsewhere.DATABASE_PATH)).toBe(false);

    const missing = run("restore", [path.join(site.root, "khong-co.tar.gz")], elsewhere);
    expect([missing.status, missing.stderr.trim()]).toEqual([1, `Không khôi phục: Không tìm thấy tệp sao lưu ${path.join(site.root, "khong-co.tar.gz")}.`]);
    const damaged = path.join(site.root, "hong.tar.gz");
    fs.writeFileSync(damaged, "không phải tệp nén");
    const corrupt = run("restore", [damaged], elsewhere);
    expect(corrupt.status).toBe(1);
    expect(corrupt.stderr).toContain(`Không khôi phục: Tệp ${damaged} bị hỏng hoặc không phải bản sao lưu .tar.gz`);
    // On PostgreSQL: the two steps, and nothing touched.
    const onPostgres = run("restore", [damaged], { ...elsewhere, DATABASE_URL: "postgres://ban_tin:ban_tin@127.0.0.1:9/ban_tin" });
    expect(onPostgres.status).toBe(2);
    expect(onPostgres.stderr).toContain(`env -u DATABASE_URL DATABASE_PATH=data/khoi-phuc/ban-tin.sqlite npm run restore -- ${damaged}`);
    expect(onPostgres.stderr).toContain('npm run db:copy -- --from sqlite:data/khoi-phuc/ban-tin.sqlite --to "$DATABASE_URL" --force');
    const usage = run("restore", [], elsewhere);
    expect([usage.status, usage.stderr.trim()]).toEqual([2, "Cách dùng: npm run restore -- <tệp sao lưu .tar.gz> [--force]"]);
  }, 60_000);
});
