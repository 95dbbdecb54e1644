// What a backup archive holds and how it is laid out:
//   manifest.json       first, so the admin page reads it without unpacking the rest
//   ban-tin.sqlite      the database snapshot
//   media/…             every file of the media store (MEDIA_DIR, or the bucket of MEDIA_STORE)
import { z } from "./schemas/zod";
import { formatNumber } from "./vi-number";

export const BACKUP_FORMAT = "ban-tin-sao-luu";
export const BACKUP_FORMAT_VERSION = 1;
export const ARCHIVE_MANIFEST = "manifest.json";
/** The manifest of 100,000 images is about 15 MB; anything far larger is not one of ours. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
export const ARCHIVE_DATABASE = "ban-tin.sqlite";
export const ARCHIVE_MEDIA = "media";

const count = z.number().int().nonnegative();

export const backupCountsSchema = z.object({
  articles: count,
  revisions: count,
  accounts: count,
  units: count,
  categories: count,
  series: count,
  media: count,
  auditEntries: count,
});

export const backupOrigins = ["nightly", "admin", "command"] as const;

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  /** When the database snapshot was taken (UTC, ISO 8601). */
  createdAt: z.iso.datetime(),
  origin: z.enum(backupOrigins),
  takenBy: z.string(),
  /** The last migration applied to the snapshot: drizzle's tag and its journal time. */
  migration: z.object({ tag: z.string(), createdAt: z.number().int() }),
  counts: backupCountsSchema,
  files: z.array(z.object({ path: z.string(), size: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupCounts = z.infer<typeof backupCountsSchema>;
export type BackupOrigin = (typeof backupOrigins)[number];

export const backupOriginLabels: Record<BackupOrigin, string> = { nightly: "Tự động hằng đêm", admin: "Quản trị viên", command: "Dòng lệnh" };

const countLabels: Record<keyof BackupCounts, string> = {
  articles: "bài viết",
  revisions: "bản lưu",
  accounts: "tài khoản",
  units: "đơn vị",
  categories: "chuyên mục",
  series: "loạt bài",
  media: "ảnh",
  auditEntries: "mục nhật ký",
};

/** { articles: 45, revisions: 120, … } → "45 bài viết, 120 bản lưu, …" */
export function describeCounts(counts: BackupCounts): string {
  return (Object.keys(countLabels) as (keyof BackupCounts)[]).map((key) => `${formatNumber(counts[key])} ${countLabels[key]}`).join(", ");
}

/** The manifest's text read back, or why it is not one of ours. */
export function parseBackupManifest(text: string): { ok: true; manifest: BackupManifest } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: "mục lục manifest.json không phải JSON hợp lệ" };
  }
  const peek = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(data);
  if (peek.success && peek.data.version > BACKUP_FORMAT_VERSION) {
    return { ok: false, problem: `bản sao lưu theo định dạng số ${peek.data.version}, mới hơn phiên bản phần mềm này (số ${BACKUP_FORMAT_VERSION}): hãy cập nhật phần mềm trước` };
  }
  const parsed = backupManifestSchema.safeParse(data);
  return parsed.success ? { ok: true, manifest: parsed.data } : { ok: false, problem: "mục lục manifest.json không đúng định dạng của Bản tin" };
}

export type ArchiveEntryKind = "file" | "directory" | "other";

/**
 * Null when an entry belongs to the archive's own layout; otherwise why it is refused. Only plain
 * files and folders, only these names, and no way out of the folder it is unpacked into.
 */
export function archiveEntryProblem(entryPath: string, kind: ArchiveEntryKind): string | null {
  if (kind === "other") return `mục “${entryPath}” là liên kết hoặc tệp đặc biệt`;
  const bare = kind === "directory" ? entryPath.replace(/\/$/, "") : entryPath;
  const segments = bare.split("/");
  const safe =
    bare.length > 0 &&
    !/[\\\u0000]/.test(bare) &&
    segments.every((segment) => segment !== "" && segment !== "." && segment !== "..");
  const inLayout =
    kind === "file"
      ? bare === ARCHIVE_MANIFEST || bare === ARCHIVE_DATABASE || (segments[0] === ARCHIVE_MEDIA && segments.length > 1)
      : segments[0] === ARCHIVE_MEDIA;
  return safe && inLayout ? null : `mục “${entryPath}” nằm ngoài bố cục của bản sao lưu`;
}

/** Null when the archive's files are exactly the manifest's, with the same sizes; else the first difference. */
export function manifestMismatch(manifest: BackupManifest, archiveFiles: readonly { path: string; size: number }[]): string | null {
  const listed = new Map<string, number>();
  for (const file of manifest.files) {
    if (file.path === ARCHIVE_MANIFEST || archiveEntryProblem(file.path, "file")) return `mục lục ghi một tệp không hợp lệ: “${file.path}”`;
    if (listed.has(file.path)) return `mục lục ghi tệp “${file.path}” hai lần`;
    listed.set(file.path, file.size);
  }
  if (!listed.has(ARCHIVE_DATABASE)) return "mục lục không có cơ sở dữ liệu";
  const seen = new Set<string>();
  for (const file of archiveFiles) {
    if (seen.has(file.path)) return `tệp “${file.path}” có hai lần trong bản sao lưu`;
    seen.add(file.path);
    const size = listed.get(file.path);
    if (size === undefined) return `tệp “${file.path}” không có trong mục lục`;
    if (size !== file.size) return `tệp “${file.path}” có kích thước khác với mục lục`;
  }
  const missing = [...listed.keys()].find((name) => !seen.has(name));
  return missing ? `thiếu tệp “${missing}” mà mục lục có ghi` : null;
}
