// A small site on disk for the backup and restore tests: a real database built by the migrations,
// articles with revisions, accounts, and images stored the way an upload stores them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { openDatabase, type Database, closeDatabase } from "@/db/client";
import { createArticle } from "@/db/queries/article-writes";
import { insertCategory, insertUnit, insertUser } from "@/db/test-database";
import type { BackupSettings } from "@/server/backup-archive";
import { storeUploadedImage } from "@/server/media-upload";
import { writeTransaction } from "@/db/transaction";
import type { MediaStore } from "@/server/media-store";
import { localMediaStore } from "@/server/media-store-local";

/** mediaDir: the folder of settings.store, looked at directly by the tests. */
export type BackupSite = { root: string; db: Database; settings: BackupSettings; mediaDir: string; close: () => Promise<void> };

/** store: where its media go; by default a folder beside its database (mediaDir). */
export async function createBackupSite(options: { articles?: number; images?: number; store?: MediaStore } = {}): Promise<BackupSite> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-sao-luu-"));
  const mediaDir = path.join(root, "site", "media");
  const settings: BackupSettings = {
    databaseLocation: path.join(root, "site", "ban-tin.sqlite"),
    store: options.store ?? localMediaStore(mediaDir),
    backupDir: path.join(root, "backups"),
    keep: 14,
  };
  const db = openDatabase(settings.databaseLocation);
  const unitId = (await insertUnit(db)).id;
  const categoryId = (await insertCategory(db)).id;
  const author = await insertUser(db, { role: "editor", unitId });
  for (let n = 1; n <= (options.articles ?? 3); n++) {
    const content = { title: `Hội nghị người lao động số ${n}`, slug: `hoi-nghi-${n}`, summary: "Tóm tắt", bodyHtml: `<p>Nội dung ${n}</p>`, coverMediaId: null, coverCaption: "", byline: "", categoryId, unitId, seriesId: null, seriesPart: null, isFeatured: false };
    await writeTransaction(db, (tx) => createArticle(tx, content, author.id, "save", new Date("2026-11-20T03:00:00Z")));
  }
  for (let n = 1; n <= (options.images ?? 1); n++) {
    // Uploads arrive as files on disk (server/upload-body.ts streams them there).
    const upload = path.join(root, `anh-${n}.jpg`);
    await sharp({ create: { width: 600, height: 400, channels: 3, background: n % 2 ? "#b91c1c" : "#1e3a8a" } }).jpeg().toFile(upload);
    const stored = await storeUploadedImage(db, { path: upload, fileName: `anh-${n}.jpg`, alt: `Ảnh ${n}`, uploadedBy: author.id }, settings.store);
    fs.rmSync(upload);
    if (!stored.ok) throw new Error(stored.message);
  }
  return {
    root,
    db,
    settings,
    mediaDir,
    close: async () => {
      await closeDatabase(db);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` as "relative/path" → its bytes. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!fs.existsSync(dir)) return files;
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) files.set(name.split(path.sep).join("/"), fs.readFileSync(full));
  }
  return files;
}
