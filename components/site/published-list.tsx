import { listingHref } from "@/core/listing-query";
import type { Pagination } from "@/core/pagination";
import { type CalendarDay, formatCalendarDay, formatShortDateTime } from "@/core/vi-date";
import type { ArticleListItem } from "@/db/queries/public-articles";
import { DateFilter } from "./date-filter";
import { ListingCount } from "./listing-count";
import { Pager } from "./pager";

type PublishedListProps = {
  /** The page this block lives on; its page links and date filter stay on it. */
  basePath: string;
  items: ArticleListItem[];
  pagination: Pagination;
  day: CalendarDay | null;
  /** The date form came without JavaScript with a day that does not exist (30/02). */
  impossibleDay?: boolean;
  years: { first: number; last: number } | null;
  /** This year in Vietnam when the data was read: the page is cached, so never "now" at render. */
  currentYear: number;
};

/** The block "CÁC TIN ĐÃ ĐĂNG": ten a page, newest first, with its count line, pager and date filter. */
export function PublishedList({ basePath, items, pagination, day, impossibleDay = false, years, currentYear }: PublishedListProps) {
  return (
    <section aria-labelledby="cac-tin-da-dang" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <h2 id="cac-tin-da-dang" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
        Các tin đã đăng
      </h2>
      <ListingCount pagination={pagination} />
      {day && (
        <p className="mt-2 text-sm">
          Đang xem các tin đăng ngày <strong>{formatCalendarDay(day)}</strong>.{" "}
          <a href={basePath} className="text-brand-700 underline underline-offset-2">
            Xem tất cả các tin
          </a>
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-4 rounded bg-brand-50 p-4 text-neutral-800" role="status">
          {day ? `Không có tin nào được đăng ngày ${formatCalendarDay(day)}.` : "Chưa có tin nào được đăng."}
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-neutral-200" aria-label="Danh sách tin">
          {items.map((item) => (
            <li key={item.id} className="py-4">
              <h3 className="font-semibold leading-snug text-brand-900">
                <a href={`/tin-tuc/${item.slug}`} className="hover:text-accent-700 hover:underline">
                  {item.title}
                </a>
              </h3>
              <p className="mt-1 text-xs text-neutral-600">
                <time dateTime={item.publishedAt.toISOString()}>{formatShortDateTime(item.publishedAt)}</time>
                <span aria-hidden="true"> · </span>
                {item.unitShortName}
              </p>
              {item.summary && <p className="mt-1 line-clamp-3 text-sm leading-6 text-neutral-700">{item.summary}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pager pagination={pagination} hrefForPage={(page) => listingHref(basePath, { page, day })} />
      <div className="mt-5 border-t border-neutral-200 pt-4">
        <DateFilter basePath={basePath} selected={day} impossibleDay={impossibleDay} firstYear={years?.first ?? currentYear} lastYear={Math.max(years?.last ?? currentYear, currentYear)} />
      </div>
    </section>
  );
}
