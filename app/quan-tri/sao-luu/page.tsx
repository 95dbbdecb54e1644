import type { Metadata } from "next";
import { Table } from "@/components/ui/table";
import { BackupNowButton } from "@/components/workspace/backup-now-button";
import { backupOriginLabels, describeCounts } from "@/core/backup-manifest";
import { backupWarning, parseBackupFileName } from "@/core/backup-rules";
import { formatFileSize } from "@/core/vi-number";
import { formatShortDateTime } from "@/core/vi-date";
import { listBackups, newestBackupTime, type StoredBackup } from "@/server/backup-files";
import { env } from "@/server/env";
import { scheduledNightlyBackup } from "@/server/nightly-backup";
import { requireAdmin } from "@/server/session";
import { backupNowAction } from "./actions";

export const metadata: Metadata = { title: "Sao lưu" };

function takenAt(backup: StoredBackup): string {
  if (backup.manifest) return formatShortDateTime(new Date(backup.manifest.createdAt));
  const named = parseBackupFileName(backup.name);
  return named ? formatShortDateTime(named.takenAt) : "";
}

function WarningAbout({ newestAt }: { newestAt: Date | null }) {
  const warning = backupWarning(newestAt, new Date());
  if (!warning) return null;
  return (
    <div role="alert" className="rounded border-l-4 border-accent-700 bg-red-50 p-4 text-sm text-accent-700">
      <p className="font-bold">
        {warning.kind === "none" ? "Chưa có bản sao lưu nào." : `Bản sao lưu gần nhất đã cũ hơn 36 giờ (tạo lúc ${formatShortDateTime(warning.newestAt)}).`}
      </p>
      <p>Việc sao lưu tự động có thể đã dừng: hãy xem Nhật ký (thao tác “Sao lưu thất bại”) và bấm “Sao lưu ngay”.</p>
    </div>
  );
}

/** Admins only: the backups in BACKUP_DIR, newest first, to check and to download. */
export default async function BackupsPage() {
  await requireAdmin("/quan-tri/sao-luu");
  const backups = await listBackups(env.BACKUP_DIR);
  const nextNight = scheduledNightlyBackup();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">Sao lưu dữ liệu</h1>
      <WarningAbout newestAt={newestBackupTime(backups)} />
      <div className="max-w-3xl space-y-2 text-sm text-neutral-700">
        <p>
          Mỗi bản sao lưu là một tệp .tar.gz gồm cơ sở dữ liệu, toàn bộ ảnh và mục lục có mã kiểm tra, lưu trong thư mục{" "}
          <code className="break-all">{env.BACKUP_DIR}</code>; chỉ giữ {env.BACKUP_KEEP} bản mới nhất.
        </p>
        <p>
          {nextNight
            ? `Máy chủ tự sao lưu lúc 02:00 hằng đêm (giờ Việt Nam). Lần tới: ${formatShortDateTime(nextNight)}.`
            : "Sao lưu tự động hằng đêm đang tắt (BACKUP_NIGHTLY=0)."}{" "}
          Hãy tải bản sao lưu về và cất ở nơi khác máy chủ: một bản nằm cùng ổ đĩa không cứu được khi ổ đĩa hỏng.
        </p>
      </div>
      <BackupNowButton action={backupNowAction} />
      <Table
        caption="Các bản sao lưu, mới nhất trước"
        rows={backups}
        rowKey={(backup) => backup.name}
        empty="Thư mục sao lưu chưa có tệp nào."
        columns={[
          { header: "Lúc", className: "whitespace-nowrap", cell: takenAt },
          { header: "Tệp", className: "font-mono text-xs break-all", cell: (backup) => backup.name },
          { header: "Dung lượng", className: "whitespace-nowrap", cell: (backup) => formatFileSize(backup.sizeBytes) },
          { header: "Nội dung", cell: (backup) => (backup.manifest ? describeCounts(backup.manifest.counts) : <span className="text-accent-700">Không đọc được mục lục: tệp có thể đã hỏng.</span>) },
          { header: "Tạo bởi", cell: (backup) => (backup.manifest ? `${backupOriginLabels[backup.manifest.origin]}${backup.manifest.origin === "admin" ? `: ${backup.manifest.takenBy}` : ""}` : "—") },
          {
            header: "Tải về",
            headerHidden: true,
            cell: (backup) => <a href={`/api/sao-luu/${backup.name}`} download className="inline-block whitespace-nowrap py-1 font-semibold text-brand-700 underline" aria-label={`Tải về ${backup.name}`}>Tải về</a>,
          },
        ]}
      />
    </div>
  );
}
