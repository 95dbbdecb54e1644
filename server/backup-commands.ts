// Taking a backup as the site does it: the archive, then retention, then the audit log.
// No "server-only": `npm run backup` takes its backups this way too.
import { failure, type ActionResult } from "@/core/action-result";
import { describeCounts, type BackupOrigin } from "@/core/backup-manifest";
import { formatFileSize } from "@/core/vi-number";
import { ADMIN_ONLY } from "@/core/permissions";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import type { SessionUser } from "@/db/queries/users";
import { writeTransaction } from "@/db/transaction";
import { createBackupArchive, type BackupSettings, type CreatedBackup } from "./backup-archive";
import { pruneBackups } from "./backup-files";
import type { Env } from "./env";
import { openMediaStore, type MediaStoreSettings } from "./media-store";

export type BackupActor = { id: number | null; name: string; ip?: string };
export type TakenBackup = CreatedBackup & { pruned: string[] };

export function backupSettings(env: Pick<Env, "DATABASE_LOCATION" | "BACKUP_DIR" | "BACKUP_KEEP"> & MediaStoreSettings): BackupSettings {
  return { databaseLocation: env.DATABASE_LOCATION, store: openMediaStore(env), backupDir: env.BACKUP_DIR, keep: env.BACKUP_KEEP };
}

/** Writes an archive into BACKUP_DIR, keeps the newest BACKUP_KEEP, and records either outcome. */
export async function takeBackup(db: Database, settings: BackupSettings, origin: BackupOrigin, actor: BackupActor): Promise<TakenBackup> {
  const who = { actorId: actor.id, actorName: actor.name, ip: actor.ip };
  try {
    const created = await createBackupArchive(settings, { origin, takenBy: actor.name });
    // Only after a backup succeeded: a failing night must not delete the good ones.
    const pruned = await pruneBackups(settings.backupDir, settings.keep);
    const deleted = pruned.length ? ` Đã xóa bản cũ: ${pruned.join(", ")}.` : "";
    await writeTransaction(db, (tx) => recordAudit(tx, { ...who, action: "backup-create", target: `Bản sao lưu: ${created.name}`, detail: `${formatFileSize(created.sizeBytes)}: ${describeCounts(created.manifest.counts)}.${deleted}` }));
    return { ...created, pruned };
  } catch (error) {
    try {
      await writeTransaction(db, (tx) => recordAudit(tx, { ...who, action: "backup-failed", target: `Thư mục: ${settings.backupDir}`, detail: String(error instanceof Error ? error.message : error).slice(0, 500) }));
    } catch {
      // The database may be what failed; the caller reports the first error.
    }
    throw error;
  }
}

const holder = globalThis as typeof globalThis & { banTinBackupRunning?: boolean };

/** One backup at a time in this process: a second press of the button, or the night, waits its turn by saying so. */
export async function oneBackupAtATime<T>(work: () => Promise<T>): Promise<T | "busy"> {
  if (holder.banTinBackupRunning) return "busy";
  holder.banTinBackupRunning = true;
  try {
    return await work();
  } finally {
    holder.banTinBackupRunning = false;
  }
}

export const BACKUP_BUSY = "Một bản sao lưu khác đang được tạo. Hãy chờ ít phút rồi tải lại trang.";

/** "Sao lưu ngay" on the admin page. A failure (a full disk, a folder it may not write) is told, not thrown. */
export async function backupNowCommand(db: Database, admin: SessionUser, settings: BackupSettings, context: { ip: string }): Promise<ActionResult> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  try {
    const taken = await oneBackupAtATime(() => takeBackup(db, settings, "admin", { id: admin.id, name: admin.displayName, ip: context.ip }));
    if (taken === "busy") return failure(BACKUP_BUSY);
    return { ok: true, message: `Đã sao lưu: ${taken.name} (${formatFileSize(taken.sizeBytes)}).` };
  } catch (error) {
    console.error("Sao lưu theo yêu cầu của quản trị viên thất bại:", error);
    return failure("Chưa sao lưu được. Nguyên nhân đã ghi vào nhật ký của máy chủ; hãy kiểm tra chỗ trống trên đĩa và quyền ghi vào thư mục sao lưu.");
  }
}
