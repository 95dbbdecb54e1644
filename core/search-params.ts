import type { SearchParams } from "./listing-query";
import { parsePageParam } from "./pagination";
import { type CalendarDay, dayKey, parseDayKey } from "./vi-date";

// The URL state of /tim-kiem: ?q=…&chuyen-muc=slug&don-vi=slug&tu-ngay=YYYY-MM-DD&den-ngay=YYYY-MM-DD&trang=P.
// Empty fields are what a submitted form sends for "all": they mean no filter.

export type SearchPageQuery = {
  q: string;
  categorySlug: string | null;
  unitSlug: string | null;
  from: CalendarDay | null;
  to: CalendarDay | null;
  page: number;
};

/** The raw text of each field, as the form shows it back to the reader. */
export type SearchFormValues = { q: string; categorySlug: string; unitSlug: string; from: string; to: string };

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();

// A pasted page in the box is still answered, but only its start is read back or searched.
const MAX_Q_CHARS = 1000;

export function searchFormValues(params: SearchParams): SearchFormValues {
  return {
    q: first(params.q).slice(0, MAX_Q_CHARS),
    categorySlug: first(params["chuyen-muc"]),
    unitSlug: first(params["don-vi"]),
    from: first(params["tu-ngay"]),
    to: first(params["den-ngay"]),
  };
}

/**
 * Checks the search page's query string. Problems are sentences for the reader (a mistyped date
 * is a message on the page, never an error); a malformed ?trang is "page", as on the listings.
 */
export function parseSearchPageQuery(
  params: SearchParams,
): { ok: true; query: SearchPageQuery } | { ok: false; problem: "page" } | { ok: false; problem: "input"; messages: string[] } {
  const page = parsePageParam(params.trang);
  if (page === null) return { ok: false, problem: "page" };
  const values = searchFormValues(params);
  const messages: string[] = [];
  const from = values.from ? parseDayKey(values.from) : null;
  const to = values.to ? parseDayKey(values.to) : null;
  if (values.from && !from) messages.push("“Từ ngày” không phải là một ngày có thật. Vui lòng chọn lại.");
  if (values.to && !to) messages.push("“Đến ngày” không phải là một ngày có thật. Vui lòng chọn lại.");
  // "YYYY-MM-DD" keys sort as the days do.
  if (from && to && dayKey(from) > dayKey(to)) messages.push("“Từ ngày” phải trước hoặc trùng “Đến ngày”.");
  if (messages.length > 0) return { ok: false, problem: "input", messages };
  return {
    ok: true,
    query: { q: values.q, categorySlug: values.categorySlug || null, unitSlug: values.unitSlug || null, from, to, page },
  };
}

/** The address of a page of results with the same filters; page 1 and empty filters are left out. */
export function searchHref(query: Omit<SearchPageQuery, "page">, page = 1): string {
  const search = new URLSearchParams();
  if (query.q) search.set("q", query.q);
  if (query.categorySlug) search.set("chuyen-muc", query.categorySlug);
  if (query.unitSlug) search.set("don-vi", query.unitSlug);
  if (query.from) search.set("tu-ngay", dayKey(query.from));
  if (query.to) search.set("den-ngay", dayKey(query.to));
  if (page !== 1) search.set("trang", String(page));
  const queryString = search.toString();
  return queryString ? `/tim-kiem?${queryString}` : "/tim-kiem";
}
