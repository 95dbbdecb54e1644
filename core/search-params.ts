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

// The whole search state as one path segment, so that proxy.ts can send /tim-kiem?… to a page
// Next renders once and caches (core/public-routes.ts): base64url of the canonical query string.
// Only the form's fields are kept, trimmed as the form reads them, so each search has one entry.
const EMPTY_SEARCH_SEGMENT = "-";

function canonicalSearchString(values: SearchFormValues, page: number): string {
  const search = new URLSearchParams();
  const fields: [string, string][] = [
    ["q", values.q],
    ["chuyen-muc", values.categorySlug],
    ["don-vi", values.unitSlug],
    ["tu-ngay", values.from],
    ["den-ngay", values.to],
  ];
  for (const [key, value] of fields) if (value) search.set(key, value);
  if (page !== 1) search.set("trang", String(page));
  return search.toString();
}

function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(segment: string): string | null {
  try {
    const binary = atob(segment.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** /tim-kiem's query string → the internal page's segment; null when ?trang is malformed (a 404). */
export function searchStateSegment(params: SearchParams): string | null {
  const page = parsePageParam(params.trang);
  if (page === null) return null;
  const canonical = canonicalSearchString(searchFormValues(params), page);
  return canonical ? toBase64Url(canonical) : EMPTY_SEARCH_SEGMENT;
}

/** The segment back to the query string's fields; null for any segment searchStateSegment would not make. */
export function searchParamsFromSegment(segment: string): SearchParams | null {
  if (segment === EMPTY_SEARCH_SEGMENT) return {};
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  const text = fromBase64Url(segment);
  if (text === null) return null;
  // A canonical string names each field once, so one value per key is all there is to read.
  const params = Object.fromEntries(new URLSearchParams(text));
  return searchStateSegment(params) === segment ? params : null;
}
