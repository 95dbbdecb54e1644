// `npm run restore`: checks a backup archive through and through, then puts it in place of the
// database and the media. No "server-only": the restore script runs this with the server stopped.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { extract, list, type ReadEntry } from "tar";
import {
  ARCHIVE_DATABASE,
  ARCHIVE_MANIFEST,
  ARCHIVE_MEDIA,
  archiveEntryProblem,
  describeCounts,
  manifestMismatch,
  MAX_MANIFEST_BYTES,
  parseBackupManifest,
  type BackupManifest,
} from "@/core/backup-manifest";
import { backupFileName } from "@/core/backup-rules";
import { formatShortDateTime } from "@/core/vi-date";
import { latestKnownMigration, prepareRestoredDatabase } from "@/db/backup";
import { fileDigest } from "./backup-files";
import { mediaContentType } from "@/core/media-store-keys";
import type { MediaStore } from "./media-store";
import { localMediaStore } from "./media-store-local";

/** A restore that was refused, with the reason for the person at the terminal; nothing was changed. */
export class RestoreRefusal extends Error {}

export type RestoreTarget = { databasePath: string; store: MediaStore };
export type RestoreOutcome = { manifest: BackupManifest; keptAside: string[] };

const databaseFiles = (databasePath: string) => [databasePath, `${databasePath}-wal`, `${databasePath}-shm`];

async function sizeOf(file: string): Promise<number | null> {
  return fsp.stat(file).then((stat) => stat.size, () => null);
}

/** Whether the media store holds any file; a bucket that cannot be read is refused, not taken for empty. */
async function storeHoldsFiles(store: MediaStore): Promise<boolean> {
  if (store.localRoot) return (await fsp.readdir(store.localRoot).catch(() => [])).length > 0;
  try {
    for await (const _key of store.list()) return true;
    return false;
  } catch (error) {
    throw new RestoreRefusal(`Không đọc được kho ảnh ${store.description} (${(error as Error).message}). Hãy kiểm tra MEDIA_STORE, AWS_ENDPOINT_URL và khóa truy cập.`);
  }
}

/** What the target already holds: a database with content, a media folder or bucket with files. */
async function dataAlreadyThere(target: RestoreTarget): Promise<string[]> {
  const found: string[] = [];
  const [database, wal] = await Promise.all([sizeOf(target.databasePath), sizeOf(`${target.databasePath}-wal`)]);
  if ((database ?? 0) > 0 || (wal ?? 0) > 0) found.push(`cơ sở dữ liệu ${target.databasePath}`);
  if (await storeHoldsFiles(target.store)) found.push(`${target.store.localRoot ? "thư mục ảnh" : "kho ảnh"} ${target.store.description}`);
  return found;
}

/** Reads the whole archive once without writing anything: its layout, its manifest, its sizes. */
async function inspectArchive(archive: string): Promise<BackupManifest> {
  const files: { path: string; size: number }[] = [];
  const manifestChunks: Buffer[] = [];
  let entries = 0;
  let problem: string | null = null;
  const onReadEntry = (entry: ReadEntry) => {
    const kind = entry.type === "File" || entry.type === "OldFile" ? "file" : entry.type === "Directory" ? "directory" : "other";
    problem ??= archiveEntryProblem(entry.path, kind);
    if (entries++ === 0) {
      if (entry.path !== ARCHIVE_MANIFEST || kind !== "file" || entry.size > MAX_MANIFEST_BYTES) problem ??= "không có mục lục manifest.json ở đầu";
      else return entry.on("data", (chunk: Buffer) => manifestChunks.push(chunk));
    } else if (kind === "file") files.push({ path: entry.path, size: entry.size });
    entry.resume();
  };
  try {
    await list({ file: archive, strict: true, onReadEntry });
  } catch (error) {
    throw new RestoreRefusal(`Tệp ${archive} bị hỏng hoặc không phải bản sao lưu .tar.gz (${(error as Error).message}).`);
  }
  if (problem) throw new RestoreRefusal(`Tệp ${archive} không phải bản sao lưu của Bản tin: ${problem}.`);
  const parsed = parseBackupManifest(Buffer.concat(manifestChunks).toString("utf8"));
  if (!parsed.ok) throw new RestoreRefusal(`Tệp ${archive} không phải bản sao lưu của Bản tin: ${parsed.problem}.`);
  const mismatch = manifestMismatch(parsed.manifest, files);
  if (mismatch) throw new RestoreRefusal(`Bản sao lưu ${archive} bị hỏng: ${mismatch}.`);
  const known = latestKnownMigration();
  if (parsed.manifest.migration.createdAt > known.createdAt) {
    throw new RestoreRefusal(
      `Bản sao lưu ${archive} có cấu trúc dữ liệu mới hơn phiên bản phần mềm này (${parsed.manifest.migration.tag}, ở đây mới đến ${known.tag}). Hãy cập nhật phần mềm rồi khôi phục lại.`,
    );
  }
  return parsed.manifest;
}

async function verifyChecksums(folder: string, manifest: BackupManifest): Promise<void> {
  for (const file of manifest.files) {
    const digest = await fileDigest(path.join(folder, file.path));
    if (digest.sha256 !== file.sha256 || digest.size !== file.size) {
      throw new RestoreRefusal(`Bản sao lưu bị hỏng: tệp “${file.path}” không khớp mã kiểm tra (sha256) trong mục lục.`);
    }
  }
}

/** Moves a file or folder; across file systems a rename cannot, so it is copied then removed. */
async function move(from: string, to: string): Promise<void> {
  try {
    await fsp.rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await fsp.cp(from, to, { recursive: true, errorOnExist: true, force: false });
    await fsp.rm(from, { recursive: true, force: true });
  }
}

/** Sets the old data aside under a dated name (…truoc-khoi-phuc-2026-11-30-1405), never deletes it. */
async function setAside(file: string, stamp: string): Promise<string> {
  let aside = `${file}.truoc-khoi-phuc-${stamp}`;
  for (let n = 2; fs.existsSync(aside); n++) aside = `${file}.truoc-khoi-phuc-${stamp}-${n}`;
  await fsp.rename(file, aside);
  return aside;
}

/**
 * Puts the media into a folder by moving the unpacked one into place (the old one set aside whole),
 * or into a bucket file by file. A bucket has no rename: with --force its objects of the same name are
 * replaced and the others stay, unused (keep the bucket's versioning on to get older bytes back).
 */
async function putMediaInPlace(unpackedMedia: string, store: MediaStore, keepOld: boolean, stamp: string): Promise<string[]> {
  const folder = store.localRoot;
  if (!folder) {
    for await (const key of localMediaStore(unpackedMedia).list()) {
      await store.put(key, { file: path.join(unpackedMedia, ...key.split("/")) }, mediaContentType(key));
    }
    return [];
  }
  const keptAside: string[] = [];
  if (fs.existsSync(folder)) {
    if (keepOld && (await fsp.readdir(folder)).length > 0) keptAside.push(await setAside(folder, stamp));
    else await fsp.rm(folder, { recursive: true });
  }
  await fsp.mkdir(path.dirname(folder), { recursive: true });
  await move(unpackedMedia, folder);
  return keptAside;
}

async function putInPlace(unpacked: string, target: RestoreTarget, keepOld: boolean, now: Date): Promise<string[]> {
  const stamp = backupFileName(now).slice("ban-tin-".length, -".tar.gz".length);
  // The media first: uploading into a bucket can fail half-way, and the old database is then still in place.
  const mediaAside = await putMediaInPlace(path.join(unpacked, ARCHIVE_MEDIA), target.store, keepOld, stamp);
  const keptAside: string[] = [];
  // A WAL file left beside the new database would be replayed into it: the old files go together.
  for (const file of databaseFiles(target.databasePath)) {
    if (!fs.existsSync(file)) continue;
    if (keepOld) keptAside.push(await setAside(file, stamp));
    else await fsp.rm(file);
  }
  // The database last: until it is there, a server started by mistake finds no data rather than half of it.
  await fsp.rename(path.join(unpacked, ARCHIVE_DATABASE), target.databasePath);
  return [...keptAside, ...mediaAside];
}

/**
 * Refuses a target that holds data unless `force` (the old data is then set aside, not deleted);
 * checks the archive's layout, manifest and every checksum in a temporary folder beside the
 * database; only then moves the database and the media into place.
 */
export async function restoreBackup(archive: string, target: RestoreTarget, options: { force: boolean; now?: Date }): Promise<RestoreOutcome> {
  const now = options.now ?? new Date();
  const stat = await fsp.stat(archive).catch(() => null);
  if (!stat?.isFile()) throw new RestoreRefusal(`Không tìm thấy tệp sao lưu ${archive}.`);
  const occupied = await dataAlreadyThere(target);
  if (occupied.length > 0 && !options.force) {
    throw new RestoreRefusal(
      `Nơi khôi phục đã có dữ liệu: ${occupied.join("; ")}. Hãy khôi phục vào nơi trống (đặt DATABASE_PATH và MEDIA_DIR, hoặc MEDIA_STORE), hoặc dừng máy chủ rồi thêm --force để thay thế (dữ liệu cũ được giữ lại bên cạnh, không bị xóa).`,
    );
  }
  const manifest = await inspectArchive(archive);
  await fsp.mkdir(path.dirname(target.databasePath), { recursive: true });
  const unpacked = await fsp.mkdtemp(path.join(path.dirname(target.databasePath), ".khoi-phuc-"));
  try {
    await extract({ file: archive, cwd: unpacked, strict: true, preserveOwner: false });
    await fsp.mkdir(path.join(unpacked, ARCHIVE_MEDIA), { recursive: true });
    await verifyChecksums(unpacked, manifest);
    const problems = await prepareRestoredDatabase(path.join(unpacked, ARCHIVE_DATABASE), {
      actorId: null,
      actorName: "Dòng lệnh (npm run restore)",
      action: "backup-restore",
      target: `Bản sao lưu: ${path.basename(archive)}`,
      detail: `Tạo lúc ${formatShortDateTime(new Date(manifest.createdAt))}: ${describeCounts(manifest.counts)}.`,
      at: now,
    });
    if (problems.length > 0) throw new RestoreRefusal(`Cơ sở dữ liệu trong bản sao lưu không qua được kiểm tra toàn vẹn: ${problems.slice(0, 3).join("; ")}.`);
    return { manifest, keptAside: await putInPlace(unpacked, target, options.force, now) };
  } finally {
    await fsp.rm(unpacked, { recursive: true, force: true });
  }
}
