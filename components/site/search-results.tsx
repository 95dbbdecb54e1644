import type { Pagination } from "@/core/pagination";
import { formatShortDateTime } from "@/core/vi-date";
import { pagePath } from "@/core/public-routes";
import type { PageSearchResult, SearchResult } from "@/db/queries/search";
import { ListingCount } from "./listing-count";
import { Pager } from "./pager";

type SearchResultsProps = {
  q: string;
  items: SearchResult[];
  /** The "about" pages that match, shown first. */
  pages: PageSearchResult[];
  pagination: Pagination;
  /** More articles match than were ranked (db/queries/search.ts): the newest pagination.total are listed. */
  capped: boolean;
  hrefForPage: (page: number) => string;
};

/** Ten results a page, most relevant first, with the matched words marked. */
export function SearchResults({ q, items, pages, pagination, capped, hrefForPage }: SearchResultsProps) {
  return (
    <section aria-labelledby="ket-qua-tim-kiem" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <h2 id="ket-qua-tim-kiem" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
        Kết quả tìm kiếm
      </h2>
      {pages.length > 0 && (
        <ol className="mt-2 divide-y divide-neutral-200 border-b border-neutral-200" aria-label="Trang giới thiệu">
          {pages.map((page) => (
            <li key={page.id} className="py-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-accent-700">Trang giới thiệu</p>
              <h3 className="mt-1 font-semibold leading-snug text-brand-900">
                {/* titleHtml and excerptHtml are escaped text with <mark> only (core/search-highlight). */}
                <a href={pagePath(page.slug)} className="hover:text-accent-700 hover:underline" dangerouslySetInnerHTML={{ __html: page.titleHtml }} />
              </h3>
              <p className="mt-1 text-sm leading-6 text-neutral-700" dangerouslySetInnerHTML={{ __html: page.excerptHtml }} />
            </li>
          ))}
        </ol>
      )}
      <ListingCount pagination={pagination} moreThanTotal={capped} />
      {capped && (
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm text-neutral-800" data-testid="tim-kiem-gioi-han">
          Có hơn {pagination.total} tin khớp với “{q}”: dưới đây là những tin phù hợp nhất trong {pagination.total} tin mới nhất. Để tìm
          tin cũ hơn, hãy thêm từ, đặt cụm từ trong ngoặc kép, hoặc chọn chuyên mục, đơn vị, khoảng ngày.
        </p>
      )}
      {pagination.total === 0 ? (
        <p className="mt-4 rounded bg-brand-50 p-4 text-neutral-800" role="status">
          {pages.length > 0 ? `Không có tin bài nào với “${q}”, ngoài các trang giới thiệu ở trên.` : `Không tìm thấy tin nào với “${q}”. Hãy thử từ khác, bỏ bớt từ hoặc bỏ bớt điều kiện lọc.`}
        </p>
      ) : (
        <ol className="mt-2 divide-y divide-neutral-200" aria-label="Kết quả">
          {items.map((item) => (
            <li key={item.id} className="py-4">
              <h3 className="font-semibold leading-snug text-brand-900">
                {/* titleHtml and excerptHtml are escaped text with <mark> only (core/search-highlight). */}
                <a href={`/tin-tuc/${item.slug}`} className="hover:text-accent-700 hover:underline" dangerouslySetInnerHTML={{ __html: item.titleHtml }} />
              </h3>
              <p className="mt-1 text-xs text-neutral-600">
                <time dateTime={item.publishedAt.toISOString()}>{formatShortDateTime(item.publishedAt)}</time>
                <span aria-hidden="true"> · </span>
                {item.categoryName}
                <span aria-hidden="true"> · </span>
                {item.unitShortName}
              </p>
              <p className="mt-1 text-sm leading-6 text-neutral-700" dangerouslySetInnerHTML={{ __html: item.excerptHtml }} />
            </li>
          ))}
        </ol>
      )}
      <Pager pagination={pagination} hrefForPage={hrefForPage} />
    </section>
  );
}
