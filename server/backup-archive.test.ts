import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { eq } from "drizzle-orm";
import { extract, list } from "tar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { latestKnownMigration } from "@/db/backup";
import { auditLog } from "@/db/schema";
import { createBackupSite, filesUnder, type BackupSite } from "@/tests/backup-site";
import { createBackupArchive } from "./backup-archive";
import { takeBackup } from "./backup-commands";
import { listBackups, readArchiveManifest } from "./backup-files";
import { sqliteConnections } from "@/db/client";

let site: BackupSite;
beforeEach(async () => {
  site = await createBackupSite({ articles: 3, images: 2 });
});
afterEach(() => site.close());

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");
const source = { origin: "command", takenBy: "Thử nghiệm" } as const;

async function entriesOf(file: string): Promise<string[]> {
  const entries: string[] = [];
  await list({ file, onReadEntry: (entry) => void entries.push(entry.path) });
  return entries;
}

function unpack(file: string): Promise<string> {
  const folder = fs.mkdtempSync(path.join(site.root, "giai-nen-"));
  return extract({ file, cwd: folder }).then(() => folder);
}

function countRows(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("createBackupArchive", () => {
  it("writes one archive: the manifest first, the database snapshot, every media file, with matching counts and checksums", async () => {
    const taken = await createBackupArchive(site.settings, source, () => new Date("2026-11-29T19:00:00Z"));
    expect(taken.name).toBe("ban-tin-2026-11-30-0200.tar.gz");
    // Nothing half-written or staged is left beside it.
    expect(fs.readdirSync(site.settings.backupDir)).toEqual([taken.name]);

    const entries = await entriesOf(taken.file);
    expect(entries[0]).toBe("manifest.json");
    expect(entries).toContain("ban-tin.sqlite");
    const media = filesUnder(site.mediaDir);
    expect(media.size).toBe(2 * 3); // two images: WebP in two widths, JPEG at the larger
    expect(entries.filter((entry) => entry.startsWith("media/") && !entry.endsWith("/")).sort()).toEqual([...media.keys()].map((name) => `media/${name}`).sort());

    const manifest = taken.manifest;
    expect(manifest).toMatchObject({ format: "ban-tin-sao-luu", version: 1, createdAt: "2026-11-29T19:00:00.000Z", origin: "command", takenBy: "Thử nghiệm" });
    expect(manifest.migration.tag).toBe(latestKnownMigration().tag);
    expect(manifest.counts).toEqual({ articles: 3, revisions: 3, accounts: 1, units: 1, categories: 1, series: 0, media: 2, auditEntries: 0 });
    expect(await readArchiveManifest(taken.file)).toEqual(manifest);

    const unpacked = await unpack(taken.file);
    for (const file of manifest.files) {
      const bytes = fs.readFileSync(path.join(unpacked, file.path));
      expect({ path: file.path, size: bytes.length, sha256: sha256(bytes) }).toEqual(file);
    }
    for (const [name, bytes] of media) expect(fs.readFileSync(path.join(unpacked, "media", name)).equals(bytes)).toBe(true);
    expect(countRows(path.join(unpacked, "ban-tin.sqlite"), "articles")).toBe(3);
    expect(countRows(path.join(unpacked, "ban-tin.sqlite"), "media")).toBe(2);
  });

  it("takes a consistent snapshot while another process writes in a loop", async () => {
    // Bulk first, so the snapshot takes long enough for the writer to write during it.
    sqliteConnections(site.db).writer.exec("create table filler (body blob); ");
    const fill = sqliteConnections(site.db).writer.prepare("insert into filler values (randomblob(8192))");
    sqliteConnections(site.db).writer.transaction(() => {
      for (let n = 0; n < 2500; n++) fill.run([]);
    })();
    const before = countRows(site.settings.databaseLocation, "articles");
    // Each transaction adds an article and its revision: in a consistent copy the two counts move together.
    const writer = spawn(process.execPath, ["-e", `
      const Database = require("better-sqlite3");
      const db = new Database(process.argv[1]);
      db.pragma("busy_timeout = 5000");
      const unit = db.prepare("select id from units").get().id, category = db.prepare("select id from categories").get().id;
      const article = db.prepare("insert into articles (title, slug, unit_id, category_id) values (?, ?, ?, ?)");
      const revision = db.prepare("insert into article_revisions (article_id, version, title, slug, summary, body_html, cover_caption, byline, unit_id, category_id, kind, saved_at) values (?, 1, ?, ?, '', '', '', '', ?, ?, 'save', ?)");
      const write = db.transaction((n) => {
        const id = article.run("Tin " + n, "tin-vong-" + n, unit, category).lastInsertRowid;
        revision.run(id, "Tin " + n, "tin-vong-" + n, unit, category, Date.now());
      });
      const pause = new Int32Array(new SharedArrayBuffer(4));
      let n = 0;
      write(n++);
      process.stdout.write("ready\\n");
      // A millisecond between writes: hundreds a second, without taking a whole core from the other tests.
      for (;;) {
        write(n++);
        Atomics.wait(pause, 0, 0, 1);
      }
    `, site.settings.databaseLocation], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise((resolve) => writer.stdout.once("data", resolve));
      const taken = await createBackupArchive(site.settings, source);
      const afterBackup = countRows(site.settings.databaseLocation, "articles");
      const snapshot = path.join(await unpack(taken.file), "ban-tin.sqlite");
      const articles = countRows(snapshot, "articles");
      // The writer wrote before the snapshot and went on writing while the backup ran.
      expect(articles).toBeGreaterThan(before);
      expect(afterBackup).toBeGreaterThan(articles);
      expect(countRows(snapshot, "article_revisions")).toBe(articles);
      expect(taken.manifest.counts.articles).toBe(articles);
      const check = new BetterSqlite3(snapshot, { readonly: true });
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      check.close();
    } finally {
      writer.kill();
    }
  }, 60_000);

  it("gives a second backup of the same minute its own name instead of replacing the first", async () => {
    const at = () => new Date("2026-11-29T19:00:30Z");
    const first = await createBackupArchive(site.settings, source, at);
    const second = await createBackupArchive(site.settings, source, at);
    expect([first.name, second.name]).toEqual(["ban-tin-2026-11-30-0200.tar.gz", "ban-tin-2026-11-30-0200-2.tar.gz"]);
    expect(fs.readdirSync(site.settings.backupDir).sort()).toEqual([first.name, second.name].sort());
  });

  it("fails without leaving a partial archive when the database is missing", async () => {
    await expect(createBackupArchive({ ...site.settings, databaseLocation: path.join(site.root, "khong-co.sqlite") }, source)).rejects.toThrow("Không tìm thấy cơ sở dữ liệu");
    expect(fs.readdirSync(site.settings.backupDir)).toEqual([]);
  });
});

describe("takeBackup", () => {
  it("keeps only the newest BACKUP_KEEP backups, never other files, and records each in the audit log", async () => {
    fs.mkdirSync(site.settings.backupDir, { recursive: true });
    fs.writeFileSync(path.join(site.settings.backupDir, "ban-tin-2020-01-01-0200.tar.gz"), "cũ");
    fs.writeFileSync(path.join(site.settings.backupDir, "ghi-chu.txt"), "của người quản trị");
    const settings = { ...site.settings, keep: 2 };
    const actor = { id: null, name: "Thử nghiệm" };
    const names: string[] = [];
    for (let n = 0; n < 3; n++) names.push((await takeBackup(site.db, settings, "command", actor)).name);

    const left = fs.readdirSync(site.settings.backupDir).sort();
    expect(left).toEqual(["ghi-chu.txt", ...names.slice(1)].sort());
    const entries = await site.db.select().from(auditLog).where(eq(auditLog.action, "backup-create"));
    expect(entries.map((entry) => entry.target)).toEqual(names.map((name) => `Bản sao lưu: ${name}`));
    expect(entries[0]?.detail).toContain("3 bài viết, 3 bản lưu, 1 tài khoản");
    expect(entries[2]?.detail).toContain(`Đã xóa bản cũ: ${names[0]}`);
  });

  it("records a failed backup in the audit log and deletes no older backup", async () => {
    await takeBackup(site.db, site.settings, "command", { id: null, name: "Thử nghiệm" });
    const broken = { ...site.settings, databaseLocation: path.join(site.root, "khong-co.sqlite"), keep: 1 };
    await expect(takeBackup(site.db, broken, "nightly", { id: null, name: "Hệ thống" })).rejects.toThrow();
    expect((await listBackups(site.settings.backupDir)).length).toBe(1);
    const failed = (await site.db.select().from(auditLog).where(eq(auditLog.action, "backup-failed")).limit(1))[0];
    expect(failed).toMatchObject({ actorName: "Hệ thống" });
    expect(failed?.detail).toContain("Không tìm thấy cơ sở dữ liệu");
  });
});

describe("listBackups", () => {
  it("lists the backups newest first with their manifests, and a damaged one without", async () => {
    const older = await createBackupArchive(site.settings, source, () => new Date("2026-11-28T19:00:00Z"));
    const newer = await createBackupArchive(site.settings, source, () => new Date("2026-11-29T19:00:00Z"));
    fs.writeFileSync(path.join(site.settings.backupDir, "ban-tin-2026-11-30-0300.tar.gz"), "không phải tệp nén");
    fs.writeFileSync(path.join(site.settings.backupDir, "ghi-chu.txt"), "");
    const listed = await listBackups(site.settings.backupDir);
    expect(listed.map((backup) => backup.name)).toEqual(["ban-tin-2026-11-30-0300.tar.gz", newer.name, older.name]);
    expect(listed.map((backup) => backup.manifest?.createdAt ?? null)).toEqual([null, "2026-11-29T19:00:00.000Z", "2026-11-28T19:00:00.000Z"]);
    expect(listed[1]?.sizeBytes).toBe(fs.statSync(newer.file).size);
    expect(await listBackups(path.join(site.root, "chua-co"))).toEqual([]);
  });
});
