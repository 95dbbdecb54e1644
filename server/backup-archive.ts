// Writes one backup archive while the site serves. No "server-only": `npm run backup` runs this.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { create } from "tar";
import {
  ARCHIVE_DATABASE,
  ARCHIVE_MANIFEST,
  ARCHIVE_MEDIA,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupOrigin,
} from "@/core/backup-manifest";
import { backupFileName, MAX_BACKUPS_PER_MINUTE } from "@/core/backup-rules";
import { snapshotDatabase, snapshotFacts } from "@/db/backup";
import { snapshotPostgresDatabase } from "@/db/copy";
import { isPostgresUrl } from "@/db/dialect";
import { fileDigest } from "./backup-files";
import type { MediaStore } from "./media-store";

/** databaseLocation: the SQLite file, or the PostgreSQL URL (DATABASE_LOCATION); store: the media's, folder or bucket. */
export type BackupSettings = { databaseLocation: string; store: MediaStore; backupDir: string; keep: number };
export type BackupSource = { origin: BackupOrigin; takenBy: string };
export type CreatedBackup = { name: string; file: string; sizeBytes: number; manifest: BackupManifest };

// Work in progress lives under these names in BACKUP_DIR, which never match a backup's name.
const STAGING_PREFIX = ".dang-sao-luu-";
const PARTIAL_PREFIX = ".dang-ghi-";
// What a crash left behind is removed by a later backup; a running one is never this old.
const LEFTOVER_AFTER_MS = 24 * 60 * 60 * 1000;

async function removeLeftovers(backupDir: string, now: Date): Promise<void> {
  for (const name of await fsp.readdir(backupDir)) {
    if (!name.startsWith(STAGING_PREFIX) && !name.startsWith(PARTIAL_PREFIX)) continue;
    const file = path.join(backupDir, name);
    const stat = await fsp.stat(file).catch(() => null);
    if (stat && now.getTime() - stat.mtimeMs > LEFTOVER_AFTER_MS) await fsp.rm(file, { recursive: true, force: true });
  }
}

/**
 * Copies every file of the media store (a clone where a local file system can, a download from a
 * bucket) into the staging folder, so the archive and its checksums are made from the same bytes
 * even if a file changes meanwhile. A backup folder inside a local media folder is not copied into itself.
 */
async function copyMedia(store: MediaStore, to: string, backupDir: string): Promise<void> {
  await fsp.mkdir(to, { recursive: true });
  const inside = store.localRoot === null ? null : path.relative(store.localRoot, backupDir);
  const skip = inside && !inside.startsWith("..") && !path.isAbsolute(inside) ? `${inside.split(path.sep).join("/")}/` : null;
  for await (const key of store.list()) {
    if (skip && key.startsWith(skip)) continue;
    // false: deleted since it was listed, nothing to keep.
    await store.copyToFile(key, path.join(to, ...key.split("/")));
  }
}

/** The staged files as archive paths ("media/…"), each with its size and checksum. */
async function stagedFiles(staging: string): Promise<BackupManifest["files"]> {
  const relative = (await fsp.readdir(path.join(staging, ARCHIVE_MEDIA), { recursive: true, withFileTypes: false, encoding: "utf8" })).sort();
  const paths = [ARCHIVE_DATABASE, ...relative.map((file) => `${ARCHIVE_MEDIA}/${file.split(path.sep).join("/")}`)];
  const files: BackupManifest["files"] = [];
  for (const file of paths) {
    const full = path.join(staging, file);
    if ((await fsp.stat(full)).isFile()) files.push({ path: file, ...(await fileDigest(full)) });
  }
  return files;
}

async function syncPath(file: string): Promise<void> {
  const handle = await fsp.open(file, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Gives the finished archive its name without ever replacing another: a hard link fails when the
 * name is taken (another backup in the same minute, maybe from another process), then "-2" is tried.
 */
async function publish(partial: string, backupDir: string, takenAt: Date): Promise<{ name: string; file: string }> {
  for (let sequence = 1; sequence <= MAX_BACKUPS_PER_MINUTE; sequence++) {
    const name = backupFileName(takenAt, sequence);
    const target = path.join(backupDir, name);
    try {
      await fsp.link(partial, target);
      return { name, file: target };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(code ?? "")) throw error;
      // A file system without hard links: rename, after a look (two processes in one instant could still clash there).
      if (fs.existsSync(target)) continue;
      await fsp.rename(partial, target);
      return { name, file: target };
    }
  }
  throw new Error(`Đã có ${MAX_BACKUPS_PER_MINUTE} bản sao lưu trong cùng một phút.`);
}

/**
 * The database snapshot first, then the media: an image's files are written before its row, so
 * every image in the snapshot has its files in the archive. The archive is written under a
 * temporary name and appears under its own name only when complete.
 */
export async function createBackupArchive(settings: BackupSettings, source: BackupSource, now: () => Date = () => new Date()): Promise<CreatedBackup> {
  const { backupDir } = settings;
  await fsp.mkdir(backupDir, { recursive: true });
  await removeLeftovers(backupDir, now());
  const staging = await fsp.mkdtemp(path.join(backupDir, STAGING_PREFIX));
  const partial = path.join(backupDir, `${PARTIAL_PREFIX}${path.basename(staging).slice(STAGING_PREFIX.length)}.tar.gz`);
  try {
    const takenAt = now();
    // Either way the archive holds a SQLite file: a PostgreSQL site's is written from one consistent read.
    const snapshot = isPostgresUrl(settings.databaseLocation) ? snapshotPostgresDatabase : snapshotDatabase;
    await snapshot(settings.databaseLocation, path.join(staging, ARCHIVE_DATABASE));
    const facts = snapshotFacts(path.join(staging, ARCHIVE_DATABASE));
    await copyMedia(settings.store, path.join(staging, ARCHIVE_MEDIA), path.resolve(backupDir));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: takenAt.toISOString(),
      origin: source.origin,
      takenBy: source.takenBy,
      migration: facts.migration,
      counts: facts.counts,
      files: await stagedFiles(staging),
    };
    await fsp.writeFile(path.join(staging, ARCHIVE_MANIFEST), JSON.stringify(manifest, null, 1));
    // The manifest first: the admin page reads it without unpacking the rest.
    await create({ gzip: true, file: partial, cwd: staging, portable: true }, [ARCHIVE_MANIFEST, ARCHIVE_DATABASE, ARCHIVE_MEDIA]);
    await syncPath(partial);
    // Its size before it gets its name: the same file, linked or renamed.
    const sizeBytes = (await fsp.stat(partial)).size;
    const { name, file } = await publish(partial, backupDir, takenAt);
    await syncPath(backupDir);
    return { name, file, sizeBytes, manifest };
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
    await fsp.rm(partial, { force: true });
  }
}
