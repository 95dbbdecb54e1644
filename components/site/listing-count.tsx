import type { Pagination } from "@/core/pagination";

/** "Tổng số: 42 | Trang: 2 trên tổng số 5 trang", under every paged list of articles. */
export function ListingCount({ pagination }: { pagination: Pagination }) {
  return (
    <p className="mt-3 text-sm text-neutral-700" data-testid="tong-so">
      Tổng số: {pagination.total} | Trang: {pagination.page} trên tổng số {pagination.totalPages} trang
    </p>
  );
}
