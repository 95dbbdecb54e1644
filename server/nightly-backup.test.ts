import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createBackupSite, type BackupSite } from "@/tests/backup-site";
import { oneBackupAtATime, takeBackup } from "./backup-commands";
import { listBackups } from "./backup-files";
import { nextNightlyBackupAfter, runNightlyBackup } from "./nightly-backup";

describe("the nightly schedule", () => {
  it.each([
    ["2026-11-30T03:00:00Z", "2026-11-30T19:00:00Z"], // 10:00 in Vietnam → 02:00 the next night
    ["2026-11-30T18:59:59Z", "2026-11-30T19:00:00Z"],
    ["2026-11-30T19:00:00Z", "2026-12-01T19:00:00Z"], // just ran: the next night
    ["2026-11-30T19:00:01Z", "2026-12-01T19:00:00Z"],
    ["2026-12-31T20:00:00Z", "2027-01-01T19:00:00Z"], // 03:00 on New Year's Day in Vietnam
    ["2028-02-28T19:30:00Z", "2028-02-29T19:00:00Z"], // a leap day
  ])("after %s runs at %s, 02:00 in Vietnam whatever the server's zone", (from, next) => {
    expect(nextNightlyBackupAfter(new Date(from))?.toISOString()).toBe(new Date(next).toISOString());
  });
});

describe("runNightlyBackup", () => {
  let site: BackupSite;
  let reports: string[];
  const report = (message: string, error?: unknown) => void reports.push(`${message} ${error instanceof Error ? error.message : ""}`.trim());
  beforeEach(async () => {
    site = await createBackupSite();
    reports = [];
  });
  afterEach(() => site.close());

  it("takes a backup into BACKUP_DIR as the system, and keeps only BACKUP_KEEP", async () => {
    fs.mkdirSync(site.settings.backupDir, { recursive: true });
    fs.writeFileSync(path.join(site.settings.backupDir, "ban-tin-2026-01-01-0200.tar.gz"), "cũ");
    const taken = await runNightlyBackup(site.db, { ...site.settings, keep: 1 }, report);
    expect(reports).toEqual([]);
    expect(taken?.pruned).toEqual(["ban-tin-2026-01-01-0200.tar.gz"]);
    const listed = await listBackups(site.settings.backupDir);
    expect(listed.map((backup) => [backup.name, backup.manifest?.origin])).toEqual([[taken?.name, "nightly"]]);
    expect((await site.db.select().from(auditLog).where(eq(auditLog.action, "backup-create")).limit(1))[0]).toMatchObject({ actorId: null, actorName: "Hệ thống (sao lưu hằng đêm)" });
  });

  it("reports a failure and records it instead of throwing at the server", async () => {
    const broken = { ...site.settings, databaseLocation: path.join(site.root, "khong-co.sqlite") };
    expect(await runNightlyBackup(site.db, broken, report)).toBeNull();
    expect(reports).toEqual([`Sao lưu hằng đêm thất bại: Không tìm thấy cơ sở dữ liệu ở ${broken.databaseLocation}.`]);
    expect(await site.db.select().from(auditLog).where(eq(auditLog.action, "backup-failed"))).toHaveLength(1);
  });

  it("skips the night while this process is already taking a backup", async () => {
    const running = oneBackupAtATime(() => takeBackup(site.db, site.settings, "admin", { id: null, name: "Quản trị" }));
    expect(await runNightlyBackup(site.db, site.settings, report)).toBeNull();
    expect(reports).toEqual(["Sao lưu hằng đêm bỏ qua đêm nay: một bản sao lưu khác của máy chủ đang được tạo."]);
    await running;
    expect(await listBackups(site.settings.backupDir)).toHaveLength(1);
  });
});
