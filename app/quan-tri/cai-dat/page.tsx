import type { Metadata } from "next";
import { Table } from "@/components/ui/table";
import { SettingsRestoreButton } from "@/components/workspace/settings-restore-button";
import { SiteSettingsForm } from "@/components/workspace/site-settings-form";
import { describeSettingsFields } from "@/core/site-settings";
import { formatShortDateTime } from "@/core/vi-date";
import { requireAdmin } from "@/server/session";
import { settingsEditor } from "@/server/site-settings";
import { restoreSiteSettingsAction, saveSiteSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Cài đặt trang" };

const kindLabels = { save: "Lưu", restore: "Khôi phục" } as const;

export default async function SiteSettingsPage() {
  await requireAdmin("/quan-tri/cai-dat");
  const editor = await settingsEditor();
  const { version, updatedAt, updatedByName, history } = editor;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">Cài đặt trang</h1>
        <p className="max-w-3xl text-sm leading-6 text-neutral-700">
          Tên, khẩu hiệu, biểu trưng, thông tin liên hệ và các liên kết hiện ở đầu và chân mọi trang của trang tin. Thay đổi hiện ngay khi lưu; mỗi lần lưu là một phiên bản, có thể khôi phục lại.
        </p>
        {updatedAt && (
          <p className="text-sm text-neutral-700">
            Phiên bản {version}, lưu lúc {formatShortDateTime(updatedAt)}{updatedByName ? ` bởi ${updatedByName}` : ""}.
          </p>
        )}
      </div>
      <SiteSettingsForm settings={editor.settings} version={version} emblem={editor.emblem} shareImage={editor.shareImage} action={saveSiteSettingsAction} />
      <section aria-labelledby="lich-su-cai-dat" className="space-y-3">
        <h2 id="lich-su-cai-dat" className="text-lg font-bold text-brand-900">Lịch sử thay đổi</h2>
        <Table
          caption="Các phiên bản của cài đặt trang, mới nhất trước: ai đổi, đổi gì, lúc nào"
          rows={history}
          rowKey={(revision) => revision.id}
          columns={[
            {
              header: "Phiên bản",
              className: "whitespace-nowrap font-semibold",
              cell: (revision) => (
                <>
                  {revision.version}
                  {revision.version === version && <span className="ml-2 rounded bg-green-50 px-1.5 py-0.5 text-xs font-semibold text-green-900">hiện tại</span>}
                </>
              ),
            },
            { header: "Lúc", className: "whitespace-nowrap", cell: (revision) => formatShortDateTime(revision.savedAt) },
            { header: "Người lưu", cell: (revision) => revision.savedByName ?? (revision.changed === null ? "Tự động, lần chạy đầu" : "Không rõ") },
            {
              header: "Đã thay đổi",
              cell: (revision) => (
                <>
                  <span className="font-semibold">{kindLabels[revision.kind]}: </span>
                  {revision.changed === null ? "thiết lập ban đầu" : revision.changed.length > 0 ? describeSettingsFields(revision.changed) : "không đổi gì"}
                </>
              ),
            },
            {
              header: "Khôi phục",
              headerHidden: true,
              cell: (revision) => revision.version !== version && <SettingsRestoreButton revisionId={revision.id} version={revision.version} baseVersion={version} action={restoreSiteSettingsAction} />,
            },
          ]}
        />
      </section>
    </div>
  );
}
