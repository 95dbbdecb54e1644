import { parsePageParam } from "./pagination";
import { dayKey, parseDayKey, type CalendarDay } from "./vi-date";

/** The URL state of a public listing ("CÁC TIN ĐÃ ĐĂNG"): ?ngay=YYYY-MM-DD&trang=P */
export type ListingQuery = { page: number; day: CalendarDay | null };

/** A page's query string as Next gives it: a repeated key is an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

function parseDayParam(value: string | string[] | undefined): CalendarDay | null | "invalid" {
  if (value === undefined) return null;
  if (typeof value !== "string") return "invalid";
  return parseDayKey(value) ?? "invalid";
}

/** Checks ?trang= and ?ngay=; names the first bad one (page before day) so the page can say what went wrong. */
export function parseListingQuery(
  params: SearchParams,
): { ok: true; query: ListingQuery } | { ok: false; problem: "page" | "day" } {
  const page = parsePageParam(params.trang);
  if (page === null) return { ok: false, problem: "page" };
  const day = parseDayParam(params.ngay);
  if (day === "invalid") return { ok: false, problem: "day" };
  return { ok: true, query: { page, day } };
}

/** ("/tin-tuc", { page: 2, day: 21/12/2022 }) → "/tin-tuc?ngay=2022-12-21&trang=2"; page 1 is left out so it has one URL. */
export function listingHref(pathname: string, query: { page?: number; day?: CalendarDay | null }): string {
  const search = new URLSearchParams();
  if (query.day) search.set("ngay", dayKey(query.day));
  if (query.page !== undefined && query.page !== 1) search.set("trang", String(query.page));
  const queryString = search.toString();
  return queryString ? `${pathname}?${queryString}` : pathname;
}
