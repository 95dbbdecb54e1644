import "server-only";
import { ARTICLES_PER_PAGE, paginate } from "@/core/pagination";
import { parseListingSegments } from "@/core/public-routes";
import type { PublicListingFilter } from "@/db/queries/public-articles";
import { listingContent } from "./public-content";

/** The listing segments of an internal public path (see core/public-routes.ts). */
export type ListingParams = { trang: string; ngay: string };

/**
 * "CÁC TIN ĐÃ ĐĂNG" for a page, from the segments proxy.ts made of ?trang= and ?ngay=. Anything
 * proxy.ts would not produce, or a page past the end, is null: the page renders <NotFoundPage />
 * (a 404 readable without JavaScript, components/site/not-found-page.tsx), never a 500.
 */
export async function loadPublishedListing(basePath: string, params: ListingParams, filter: Omit<PublicListingFilter, "day"> = {}) {
  const query = parseListingSegments(params.trang, params.ngay);
  if (!query) return null;
  const { page, day, impossibleDay } = query;
  const { items, total, years, currentYear } = await listingContent(filter, page, ARTICLES_PER_PAGE, day);
  const pagination = paginate(total, page);
  if (pagination.isPastEnd) return null;
  return { basePath, items, pagination, day, impossibleDay, years, currentYear };
}

