// The backups on disk: reading an archive's manifest, listing BACKUP_DIR, deleting beyond BACKUP_KEEP.
// No "server-only": `npm run backup` and `npm run restore` use these too.
import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Parser, type ReadEntry } from "tar";
import { ARCHIVE_MANIFEST, MAX_MANIFEST_BYTES, parseBackupManifest, type BackupManifest } from "@/core/backup-manifest";
import { backupsBeyondKeep, newestBackupsFirst } from "@/core/backup-rules";

export type FileDigest = { size: number; sha256: string };

export async function fileDigest(file: string): Promise<FileDigest> {
  const hash = crypto.createHash("sha256");
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest("hex") };
}

/**
 * The manifest at the head of an archive, read without unpacking the rest; null when the first
 * entry is not a readable manifest (a damaged file, or not a backup of ours).
 */
export function readArchiveManifest(file: string): Promise<BackupManifest | null> {
  return new Promise((resolve) => {
    const input = fs.createReadStream(file);
    const parser = new Parser();
    let settled = false;
    const finish = (manifest: BackupManifest | null) => {
      if (settled) return;
      settled = true;
      input.destroy();
      resolve(manifest);
    };
    parser.on("entry", (entry: ReadEntry) => {
      if (settled) return entry.resume();
      if (entry.path !== ARCHIVE_MANIFEST || entry.type !== "File" || entry.size > MAX_MANIFEST_BYTES) return finish(null);
      const chunks: Buffer[] = [];
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      entry.on("end", () => {
        const parsed = parseBackupManifest(Buffer.concat(chunks).toString("utf8"));
        finish(parsed.ok ? parsed.manifest : null);
      });
    });
    parser.on("warn", () => finish(null));
    parser.on("error", () => finish(null));
    parser.on("end", () => finish(null));
    input.on("error", () => finish(null));
    input.pipe(parser);
  });
}

export type StoredBackup = { name: string; file: string; sizeBytes: number; manifest: BackupManifest | null };

/** The backups in `backupDir`, newest first, with their manifests; other files are ignored. */
export async function listBackups(backupDir: string): Promise<StoredBackup[]> {
  const names = await fsp.readdir(backupDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const backups = await Promise.all(
    newestBackupsFirst(names).map(async ({ name }) => {
      const file = path.join(backupDir, name);
      const stat = await fsp.stat(file).catch(() => null);
      if (!stat?.isFile()) return null;
      return { name, file, sizeBytes: stat.size, manifest: await readArchiveManifest(file) };
    }),
  );
  return backups.filter((backup): backup is StoredBackup => backup !== null);
}

/** Deletes the backups beyond the newest `keep`; returns their names. */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  const doomed = backupsBeyondKeep(await fsp.readdir(backupDir), keep);
  for (const name of doomed) await fsp.rm(path.join(backupDir, name), { force: true });
  return doomed;
}

/** When the newest backup that can be read was taken: what the staleness warning is about. */
export function newestBackupTime(backups: readonly StoredBackup[]): Date | null {
  const times = backups.flatMap((backup) => (backup.manifest ? [Date.parse(backup.manifest.createdAt)] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}
