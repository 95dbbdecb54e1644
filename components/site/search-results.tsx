import type { Pagination } from "@/core/pagination";
import { formatCalendarDay, formatShortDateTime } from "@/core/vi-date";
import { documentRegisterHref } from "@/core/document-register-query";
import { documentTitle } from "@/core/documents";
import { documentPath, pagePath } from "@/core/public-routes";
import type { PageSearchResult, SearchResult } from "@/db/queries/search";
import type { DocumentMatches } from "@/server/search-page";
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
  /** The documents the register's search finds, shown first with a link to all of them. */
  documents: DocumentMatches;
};

/** Ten results a page, most relevant first, with the matched words marked. */
export function SearchResults({ q, items, pages, pagination, capped, hrefForPage, documents }: SearchResultsProps) {
  return (
    <section aria-labelledby="ket-qua-tim-kiem" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <h2 id="ket-qua-tim-kiem" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
        Kết quả tìm kiếm
      </h2>
      {pages.length > 0 && <PageMatchesBlock pages={pages} />}
      {documents.total > 0 && <DocumentMatchesBlock q={q} documents={documents} />}
      <ListingCount pagination={pagination} moreThanTotal={capped} />
      {capped && (
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm text-neutral-800" data-testid="tim-kiem-gioi-han">
          Có hơn {pagination.total} tin khớp với “{q}”: dưới đây là những tin phù hợp nhất trong {pagination.total} tin mới nhất. Để tìm
          tin cũ hơn, hãy thêm từ, đặt cụm từ trong ngoặc kép, hoặc chọn chuyên mục, đơn vị, khoảng ngày.
        </p>
      )}
      {pagination.total === 0 ? (
        <p className="mt-4 rounded bg-brand-50 p-4 text-neutral-800" role="status">
          {pages.length > 0 || documents.total > 0 ? `Không có tin bài nào với “${q}”, ngoài ${pages.length > 0 ? "các trang giới thiệu" : "các văn bản"} ở trên.` : `Không tìm thấy tin nào với “${q}”. Hãy thử từ khác, bỏ bớt từ hoặc bỏ bớt điều kiện lọc.`}
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

/**
 * "Trang giới thiệu": the about pages found, under one heading as the documents are, so that a common
 * word found in every page ("công đoàn") does not push the articles a phone's screen further down.
 */
function PageMatchesBlock({ pages }: { pages: PageSearchResult[] }) {
  return (
    <section aria-labelledby="trang-tim-thay" className="mt-2 border-b border-neutral-200 pb-2">
      <h3 id="trang-tim-thay" className="pt-3 text-xs font-semibold uppercase tracking-wide text-accent-700">Trang giới thiệu</h3>
      <ol className="mt-1 divide-y divide-neutral-200" aria-labelledby="trang-tim-thay">
        {pages.map((page) => (
          <li key={page.id} className="py-2">
            {/* titleHtml and excerptHtml are escaped text with <mark> only (core/search-highlight). */}
            <a href={pagePath(page.slug)} className="font-semibold text-brand-900 hover:text-accent-700 hover:underline" dangerouslySetInnerHTML={{ __html: page.titleHtml }} />
            <p className="text-sm leading-6 text-neutral-700" dangerouslySetInnerHTML={{ __html: page.excerptHtml }} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "Văn bản": the first documents whose number or abstract matches, and a link to the register's search for all. */
function DocumentMatchesBlock({ q, documents }: { q: string; documents: DocumentMatches }) {
  const all = documentRegisterHref({ q, formId: null, issuerId: null, year: null, field: "", legalStatus: null });
  return (
    <section aria-labelledby="van-ban-tim-thay" className="mt-2 border-b border-neutral-200 pb-4">
      <h3 id="van-ban-tim-thay" className="pt-3 text-xs font-semibold uppercase tracking-wide text-accent-700">Văn bản</h3>
      <ol className="mt-1 divide-y divide-neutral-200">
        {documents.items.map((document) => (
          <li key={document.id} className="py-2">
            <a href={documentPath(document.slug)} className="font-semibold text-brand-900 hover:text-accent-700 hover:underline">
              {documentTitle(document)}
            </a>
            <p className="text-sm leading-6 text-neutral-700">
              {formatCalendarDay(document.issuedOn)} · {document.abstract}
            </p>
          </li>
        ))}
      </ol>
      <a href={all} className="text-sm text-brand-700 underline underline-offset-2">
        {documents.total > documents.items.length ? `Xem tất cả ${documents.total} văn bản khớp với “${q}”` : "Tra cứu trong Văn bản"}
      </a>
    </section>
  );
}
