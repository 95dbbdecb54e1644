// How backups are named, which are kept, when the newest is too old, how a size is written.
import { dayKey, VIETNAM_OFFSET_MS, vietnamCalendarDay } from "./vi-date";

/** Without a folder and without a second archive of the same minute: "ban-tin-2026-11-30-0200.tar.gz". */
const backupFileNamePattern = /^ban-tin-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(?:-([2-9]|[1-9]\d{1,2}))?\.tar\.gz$/;
export const MAX_BACKUPS_PER_MINUTE = 999;

/** A backup older than this is a warning on the admin page: one night missed, and some slack. */
export const STALE_BACKUP_AFTER_MS = 36 * 60 * 60 * 1000;

/**
 * The archive's name, by the Vietnam wall-clock minute it was taken; the second one in the same
 * minute gets "-2", and so on: 2026-11-29T19:00Z → "ban-tin-2026-11-30-0200.tar.gz".
 */
export function backupFileName(takenAt: Date, sequence = 1): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_BACKUPS_PER_MINUTE) throw new RangeError(`sequence ${sequence}`);
  const clock = new Date(takenAt.getTime() + VIETNAM_OFFSET_MS);
  const hhmm = `${String(clock.getUTCHours()).padStart(2, "0")}${String(clock.getUTCMinutes()).padStart(2, "0")}`;
  return `ban-tin-${dayKey(vietnamCalendarDay(takenAt))}-${hhmm}${sequence > 1 ? `-${sequence}` : ""}.tar.gz`;
}

export type BackupFileName = { name: string; takenAt: Date; sequence: number };

/** A name read back, or null for anything else (another file, "../x", a temporary name). */
export function parseBackupFileName(name: string): BackupFileName | null {
  const match = backupFileNamePattern.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  // Date.UTC rolls 2026-02-30 over into March: such a name was not made by backupFileName.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return { name, takenAt: new Date(wallClock - VIETNAM_OFFSET_MS), sequence: Number(match[6] ?? 1) };
}

/** The backups' names, newest first: by the minute in the name, then the later of one minute. */
export function newestBackupsFirst(names: readonly string[]): BackupFileName[] {
  return names
    .map(parseBackupFileName)
    .filter((parsed): parsed is BackupFileName => parsed !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.sequence - a.sequence);
}

/** The names to delete so that only the newest `keep` backups stay; other files are never named. */
export function backupsBeyondKeep(names: readonly string[], keep: number): string[] {
  return newestBackupsFirst(names).slice(Math.max(keep, 1)).map((parsed) => parsed.name);
}

export type BackupWarning = { kind: "none" } | { kind: "stale"; newestAt: Date };

/** Null when the newest backup is recent enough; otherwise what the admin page warns about. */
export function backupWarning(newestAt: Date | null, now: Date): BackupWarning | null {
  if (!newestAt) return { kind: "none" };
  return now.getTime() - newestAt.getTime() > STALE_BACKUP_AFTER_MS ? { kind: "stale", newestAt } : null;
}
