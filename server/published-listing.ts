import "server-only";
import { notFound, redirect } from "next/navigation";
import { listingHref, parseListingQuery } from "@/core/listing-query";
import { ARTICLES_PER_PAGE, paginate } from "@/core/pagination";
import { calendarDayFromParts } from "@/core/vi-date";
import { publishedArticlesPage, publishedYearRange, type PublicListingFilter } from "@/db/queries/public-articles";
import { getDatabase } from "./database";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads "CÁC TIN ĐÃ ĐĂNG" for a page from its query string. A malformed ?trang or ?ngay, or a
 * page past the end, is a 404 (never a 500); the no-JavaScript date form (?d=&m=&y=) is
 * redirected to the canonical ?ngay=YYYY-MM-DD.
 */
export function loadPublishedListing(basePath: string, searchParams: SearchParams, filter: Omit<PublicListingFilter, "day"> = {}) {
  const { d, m, y } = searchParams;
  if (d !== undefined || m !== undefined || y !== undefined) {
    const day = typeof d === "string" && typeof m === "string" && typeof y === "string" ? calendarDayFromParts(d, m, y) : null;
    if (!day) notFound();
    redirect(listingHref(basePath, { day }));
  }
  const parsed = parseListingQuery(searchParams);
  if (!parsed.ok) notFound();
  const { page, day } = parsed.query;
  const db = getDatabase();
  const { items, total } = publishedArticlesPage(db, { ...filter, day }, {
    offset: (page - 1) * ARTICLES_PER_PAGE,
    limit: ARTICLES_PER_PAGE,
  });
  const pagination = paginate(total, page);
  if (pagination.isPastEnd) notFound();
  return { basePath, items, pagination, day, years: publishedYearRange(db) };
}
