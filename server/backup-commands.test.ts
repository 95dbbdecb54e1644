// "Sao lưu ngay" on each dialect: an archive of the SQLite file, or on PostgreSQL a refusal that
// says how to back up instead (never an archive of a stale DATABASE_PATH file).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKUP_NEEDS_SQLITE } from "@/core/backup-rules";
import { activeDialect } from "@/db/dialect";
import { createTestDatabase, insertUser, type TestDatabase } from "@/db/test-database";
import type { BackupSettings } from "./backup-archive";
import { backupNowCommand, takeBackup } from "./backup-commands";

describe("backupNowCommand", () => {
  let handle: TestDatabase;
  let settings: BackupSettings;
  let root: string;
  beforeEach(async () => {
    handle = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-sao-luu-ngay-"));
    // On PostgreSQL a SQLite file left from before the move sits at DATABASE_PATH: it must not be archived.
    const databasePath = activeDialect() === "sqlite" ? handle.location : path.join(root, "ban-tin-cu.sqlite");
    if (activeDialect() === "postgres") fs.writeFileSync(databasePath, "tệp SQLite cũ");
    settings = { databasePath, mediaDir: path.join(root, "media"), backupDir: path.join(root, "backups"), keep: 3 };
  });
  afterEach(async () => {
    await handle.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const backups = () => (fs.existsSync(settings.backupDir) ? fs.readdirSync(settings.backupDir) : []);

  it("archives the SQLite file, and on PostgreSQL refuses with what to do instead", async () => {
    const admin = await insertUser(handle.db, { role: "admin" });
    const result = await backupNowCommand(handle.db, admin, settings, { ip: "127.0.0.1" });
    if (activeDialect() === "postgres") {
      expect(result).toEqual({ ok: false, formError: BACKUP_NEEDS_SQLITE });
      expect(backups()).toEqual([]);
      await expect(takeBackup(handle.db, settings, "nightly", { id: null, name: "Hệ thống" })).rejects.toThrow(BACKUP_NEEDS_SQLITE);
      expect(backups()).toEqual([]);
    } else {
      expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Đã sao lưu: ban-tin-.*\.tar\.gz/) });
      expect(backups()).toHaveLength(1);
    }
  });

  it("refuses an editor", async () => {
    const editor = await insertUser(handle.db, { role: "editor" });
    expect(await backupNowCommand(handle.db, editor, settings, { ip: "127.0.0.1" })).toMatchObject({ ok: false });
    expect(backups()).toEqual([]);
  });
});
