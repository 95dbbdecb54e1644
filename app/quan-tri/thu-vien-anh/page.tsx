import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pager } from "@/components/site/pager";
import { MediaUploadPanel } from "@/components/workspace/media-upload-panel";
import { paginate, parsePageParam } from "@/core/pagination";
import { formatShortDateTime } from "@/core/vi-date";
import { listMedia } from "@/db/queries/media";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Thư viện ảnh" };

const PER_PAGE = 24;

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("/quan-tri/thu-vien-anh");
  const page = parsePageParam((await searchParams).trang);
  if (page === null) notFound();
  const { items, total } = listMedia(getDatabase(), { offset: (page - 1) * PER_PAGE, limit: PER_PAGE });
  const pagination = paginate(total, page, PER_PAGE);
  if (pagination.isPastEnd) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Thư viện ảnh ({total})</h1>
      <MediaUploadPanel />
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {items.map((item) => (
          <li key={item.id} className="rounded border border-neutral-200 bg-white p-2 text-xs">
            {/* eslint-disable-next-line @next/next/no-img-element -- our own stored variants */}
            <img src={item.sources.src} srcSet={item.sources.srcSet} sizes="200px" alt={item.alt || item.originalName} loading="lazy" className="aspect-[4/3] w-full rounded object-cover" />
            <p className="mt-1 truncate font-semibold" title={item.originalName}>{item.originalName}</p>
            <p className="text-neutral-700">{item.width}×{item.height} · {formatShortDateTime(item.createdAt)}</p>
            <p className="line-clamp-2 text-neutral-700">{item.alt || "Chưa có mô tả"}</p>
          </li>
        ))}
      </ul>
      <Pager pagination={pagination} hrefForPage={(p) => (p > 1 ? `/quan-tri/thu-vien-anh?trang=${p}` : "/quan-tri/thu-vien-anh")} />
    </div>
  );
}
