import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pager } from "@/components/site/pager";
import { buttonClasses } from "@/components/ui/button";
import { StatusBadge } from "@/components/workspace/status-badge";
import { paginate, parsePageParam } from "@/core/pagination";
import { canManageAlbums } from "@/core/permissions";
import { formatCalendarDay } from "@/core/vi-date";
import { workspaceAlbums } from "@/db/queries/workspace-albums";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import { Picture } from "@/components/ui/picture";

export const metadata: Metadata = { title: "Album ảnh" };

const PER_PAGE = 24;
const LIST = "/quan-tri/thu-vien-anh/album";

export default async function AlbumsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUserWho(canManageAlbums, LIST);
  const page = parsePageParam((await searchParams).trang);
  if (page === null) notFound();
  const { items, total } = await workspaceAlbums(getDatabase(), { offset: (page - 1) * PER_PAGE, limit: PER_PAGE });
  const pagination = paginate(total, page, PER_PAGE);
  const now = new Date();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">Album ảnh</h1>
        <Link href={`${LIST}/moi`} className={buttonClasses()}>Tạo album</Link>
      </div>
      <p className="text-sm text-neutral-800">Tổng số: {total} album{pagination.totalPages > 1 ? ` | Trang: ${Math.min(page, pagination.totalPages)} trên tổng số ${pagination.totalPages} trang` : ""}</p>
      {items.length === 0 ? (
        <p className="rounded bg-white p-4">{total === 0 ? "Chưa có album nào. Bấm “Tạo album” để bắt đầu." : `Không có trang ${page}.`}</p>
      ) : (
        <ul aria-label="Các album" className="grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 md:grid-cols-3 xl:grid-cols-4">
          {items.map((album) => (
            <li key={album.id} className="min-w-0 rounded border border-neutral-200 bg-white p-2 text-sm">
              <div className="flex gap-3 min-[480px]:block">
                {album.cover ? (
                  <Picture src={album.cover.src} srcSet={album.cover.srcSet} sizes="(min-width: 480px) 240px, 128px" alt="" loading="lazy" className="aspect-[4/3] w-32 shrink-0 rounded object-cover min-[480px]:w-full" />
                ) : (
                  <div className="flex aspect-[4/3] w-32 shrink-0 items-center justify-center rounded bg-neutral-100 text-xs text-neutral-700 min-[480px]:w-full">Chưa có ảnh</div>
                )}
                <div className="min-w-0 flex-1 space-y-1 min-[480px]:mt-1">
                  <Link href={`${LIST}/${album.id}`} className="block break-words font-semibold text-brand-900 underline-offset-2 hover:underline">{album.title}</Link>
                  <p className="text-xs text-neutral-700">Ngày {formatCalendarDay(album.takenOn)} · {album.photoCount} ảnh</p>
                  <StatusBadge status={album.status} publishedAt={album.publishedAt} now={now} />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager pagination={pagination} hrefForPage={(n) => (n === 1 ? LIST : `${LIST}?trang=${n}`)} />
    </div>
  );
}
