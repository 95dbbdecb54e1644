import type { Metadata } from "next";
import Link from "next/link";
import { canPublishAnything } from "@/core/permissions";
import { formatShortDateTime } from "@/core/vi-date";
import { formatWaitingTime } from "@/core/waiting-time";
import { reviewQueue } from "@/db/queries/workspace-articles";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Bài chờ duyệt" };

export default async function ReviewQueuePage() {
  const user = await requireUser("/quan-tri/cho-duyet");
  if (!canPublishAnything(user)) {
    return <p role="alert" className="rounded bg-red-50 p-4 text-accent-700">Chỉ biên tập viên và quản trị viên duyệt bài.</p>;
  }
  const queue = await reviewQueue(getDatabase());
  const now = new Date();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Bài chờ duyệt ({queue.length})</h1>
      <p className="text-sm text-neutral-700">Bài gửi sớm nhất ở trên cùng.</p>
      {queue.length === 0 ? (
        <p className="rounded bg-white p-6 text-center">Không có bài nào đang chờ duyệt.</p>
      ) : (
        <ol className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
          {queue.map((item) => (
            <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <div>
                <Link href={`/quan-tri/bai-viet/${item.id}`} className="font-semibold text-brand-900 hover:underline">
                  {item.title || "(Chưa có tiêu đề)"}
                </Link>
                <p className="text-sm text-neutral-700">
                  {item.authorName ?? "—"} · {item.unitShortName} · {item.categoryName}
                </p>
              </div>
              <p className="text-sm text-neutral-700">
                Gửi lúc {formatShortDateTime(item.sentAt)} · đã chờ {formatWaitingTime(item.sentAt, now)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
