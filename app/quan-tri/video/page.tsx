import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/site/pager";
import { buttonClasses } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { StatusBadge } from "@/components/workspace/status-badge";
import { paginate, parsePageParam } from "@/core/pagination";
import { canManageVideos } from "@/core/permissions";
import { videoPath } from "@/core/public-routes";
import { formatCalendarDay } from "@/core/vi-date";
import { workspaceVideosPage, type WorkspaceVideo } from "@/db/queries/videos";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";

export const metadata: Metadata = { title: "Video" };

const PER_PAGE = 20;

type Props = { searchParams: Promise<{ trang?: string | string[] }> };

export default async function VideosPage({ searchParams }: Props) {
  await requireUserWho(canManageVideos, "/quan-tri/video");
  const page = parsePageParam((await searchParams).trang) ?? 1;
  const { items, total } = await workspaceVideosPage(getDatabase(), { offset: (page - 1) * PER_PAGE, limit: PER_PAGE });
  const now = new Date();
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Video</h1>
        <Link href="/quan-tri/video/moi" className={buttonClasses()}>Thêm video</Link>
      </div>
      <p className="max-w-3xl text-sm text-neutral-700">
        Video của Liên đoàn trên YouTube, hiện ở địa chỉ /video. Chỉ nhận liên kết YouTube; bạn đọc xem qua youtube-nocookie.com.
      </p>
      <Table<WorkspaceVideo>
        caption="Các video"
        rows={items}
        rowKey={(video) => video.id}
        empty={<p className="rounded bg-white p-4">Chưa có video nào.</p>}
        columns={[
          { header: "Tiêu đề", phoneLabel: "none", cell: (video) => <Link href={`/quan-tri/video/${video.id}`} className="font-semibold text-brand-700 underline">{video.title}</Link> },
          { header: "Ngày", className: "whitespace-nowrap", cell: (video) => formatCalendarDay(video.takenOn) },
          { header: "Đơn vị", cell: (video) => video.unitName ?? "—" },
          { header: "Trạng thái", cell: (video) => <StatusBadge status={video.status} publishedAt={null} now={now} /> },
          { header: "Trang công khai", headerHidden: true, cell: (video) => (video.status === "published" ? <a href={videoPath(video.slug)} className="text-sm text-brand-700 underline">Xem</a> : null) },
        ]}
      />
      <Pager pagination={paginate(total, page, PER_PAGE)} hrefForPage={(n) => `/quan-tri/video?trang=${n}`} />
    </div>
  );
}
