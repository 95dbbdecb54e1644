import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/site/pager";
import { FilterActions, FilterBar, FilterField } from "@/components/ui/filter-bar";
import { Input } from "@/components/ui/field";
import { MediaLibraryItem, type LibraryCard } from "@/components/workspace/media-library-item";
import { MediaUploadPanel } from "@/components/workspace/media-upload-panel";
import { mediaLibraryHref, MEDIA_LIBRARY_PATH, parseMediaLibraryQuery } from "@/core/media-library-query";
import { paginate } from "@/core/pagination";
import { canChangeMedia } from "@/core/permissions";
import { MAX_QUERY_CHARS, parseSearchQuery } from "@/core/search-text";
import { formatShortDateTime } from "@/core/vi-date";
import { listMedia, type LibraryItem } from "@/db/queries/media";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";
import { deleteMediaAction, updateMediaAction } from "./actions";

export const metadata: Metadata = { title: "Thư viện ảnh" };

const PER_PAGE = 24;

const toCard = (item: LibraryItem): LibraryCard => ({
  id: item.id,
  originalName: item.originalName,
  alt: item.alt,
  credit: item.credit,
  size: `${item.width}×${item.height}`,
  uploaded: formatShortDateTime(item.createdAt),
  uploaderName: item.uploaderName,
  src: item.sources.src,
  srcSet: item.sources.srcSet,
});

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(MEDIA_LIBRARY_PATH);
  const query = parseMediaLibraryQuery(await searchParams);
  const search = query.q ? parseSearchQuery(query.q) : null;
  const { items, total } = await listMedia(getDatabase(), { offset: (query.page - 1) * PER_PAGE, limit: PER_PAGE }, search);
  const pagination = paginate(total, query.page, PER_PAGE);
  const searching = search !== null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Thư viện ảnh</h1>
      <MediaUploadPanel />
      <FilterBar action={MEDIA_LIBRARY_PATH} boxed label="Tìm ảnh">
        <FilterField label="Tìm theo mô tả, tên tệp hoặc nguồn ảnh">
          <Input look="filter" name="q" type="search" defaultValue={query.q} maxLength={MAX_QUERY_CHARS} placeholder="Ví dụ: hoi nghi, IMG_2041" className="w-72 max-w-full" />
        </FilterField>
        <FilterActions submit="Tìm" clear={query.q ? { href: MEDIA_LIBRARY_PATH, text: "Xem tất cả ảnh" } : undefined} />
      </FilterBar>
      <Summary q={query.q} searching={searching} shortened={query.shortened} total={total} page={pagination.page} totalPages={pagination.totalPages} />
      {pagination.isPastEnd ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Không có trang {query.page}: {searching ? "kết quả tìm" : "thư viện"} chỉ có {pagination.totalPages} trang.{" "}
          <Link href={mediaLibraryHref({ q: query.q, page: 1 })} className="font-semibold text-brand-700 underline">Về trang đầu</Link>
        </p>
      ) : (
        <ul aria-label="Các ảnh" className="grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 md:grid-cols-3 xl:grid-cols-4">
          {items.map((item) => (
            <MediaLibraryItem key={item.id} item={toCard(item)} canChange={canChangeMedia(user, item)} actions={{ update: updateMediaAction, remove: deleteMediaAction }} />
          ))}
        </ul>
      )}
      <Pager pagination={pagination} hrefForPage={(page) => mediaLibraryHref({ q: query.q, page })} />
    </div>
  );
}

function Summary({ q, searching, shortened, total, page, totalPages }: { q: string; searching: boolean; shortened: boolean; total: number; page: number; totalPages: number }) {
  const pages = totalPages > 1 ? ` | Trang: ${Math.min(page, totalPages)} trên tổng số ${totalPages} trang` : "";
  if (!searching) {
    return (
      <div className="space-y-1 text-sm text-neutral-800">
        {q && <p role="status">“{q}” không có chữ hoặc số nào để tìm: dưới đây là mọi ảnh.</p>}
        <p>Tổng số: {total} ảnh{pages}</p>
      </div>
    );
  }
  return (
    <div role="status" className="space-y-1 text-sm text-neutral-800">
      {shortened && <p>Từ khóa quá dài: chỉ tìm theo {MAX_QUERY_CHARS} ký tự đầu.</p>}
      <p className="break-words">
        {total > 0 ? `Tìm thấy ${total} ảnh cho “${q}”${pages}` : `Không tìm thấy ảnh nào cho “${q}”. Hãy thử từ khác, có dấu hoặc không dấu.`}
      </p>
    </div>
  );
}
