import type { Pagination } from "@/core/pagination";

/**
 * "Tổng số: 42 | Trang: 2 trên tổng số 5 trang", above every paged list (articles, albums, videos,
 * documents, the workspace's log); "Tổng số: hơn 2000" when the list holds only the first of more (a
 * search past its ranking window).
 */
export function ListingCount({ pagination, moreThanTotal = false }: { pagination: Pagination; moreThanTotal?: boolean }) {
  return (
    <p className="mt-3 text-sm text-neutral-700" data-testid="tong-so">
      Tổng số: {moreThanTotal ? `hơn ${pagination.total}` : pagination.total} | Trang: {pagination.page} trên tổng số {pagination.totalPages} trang
    </p>
  );
}
