import { listingHref, parseListingQuery, type SearchParams } from "./listing-query";
import { parsePageParam } from "./pagination";
import { registerStateSegment } from "./document-register-query";
import { searchStateSegment } from "./search-params";
import { isWellFormedSlug } from "./slug";
import { dayKey, parseDayKey, calendarDayFromParts, type CalendarDay } from "./vi-date";

/**
 * The public addresses keep their query strings (?trang=, ?ngay=), but a page that reads its query
 * string is rendered on every request. So proxy.ts turns each public address into an internal
 * path that carries the same state as path segments, which Next can render once and cache:
 *   /tin-tuc?ngay=2022-12-21&trang=2 → /ds/tin-tuc/2/2022-12-21
 *   /chuyen-muc/hoat-dong            → /ds/chuyen-muc/hoat-dong/1/tat-ca
 *   /tim-kiem?q=cong+doan            → /ds/tim-kiem/WyJjb25nIGRvYW4iLCIiLCIiLCIiLCIiLDEsMF0 (core/search-params.ts)
 *   /gioi-thieu/lien-he?utm=zalo     → /ds/gioi-thieu/lien-he
 *   /thu-vien-anh?trang=2            → /ds/thu-vien-anh/2
 *   /thu-vien-anh/dai-hoi/anh-17     → /ds/album/dai-hoi/17
 * Only canonical values reach the internal pages, so every public address has one cache entry.
 */
export const INTERNAL_ROOT = "/ds";
/** Rewritten to for addresses that do not exist: no route matches it, so Next answers with the 404 page. */
export const NOT_FOUND_PATH = "/_khong-tim-thay";
export const HOME_EDITION = "moi-nhat";
export const ALL_DAYS = "tat-ca";
/** The date form sent without JavaScript with a day that does not exist (30/02): all days, and a message. */
export const IMPOSSIBLE_DAY = "ngay-khong-co-that";

/** The public address of an "about" page (Giới thiệu, Liên hệ…). */
export const pagePath = (slug: string) => `/gioi-thieu/${slug}`;
/** The public register of documents, and one document's page. */
export const DOCUMENTS_PATH = "/van-ban";
export const documentPath = (slug: string) => `${DOCUMENTS_PATH}/${slug}`;
/** The register's feed: a route handler of its own, which proxy.ts leaves alone. */
export const DOCUMENTS_FEED_PATH = `${DOCUMENTS_PATH}/rss.xml`;
/** The internal, cached pages of the register (its state in one segment) and of one document. */
const INTERNAL_REGISTER = `${INTERNAL_ROOT}/so-van-ban`;
const INTERNAL_DOCUMENT = `${INTERNAL_ROOT}/van-ban`;
/** The public grid of photo albums, an album's page, and one photo's own page (reachable without JavaScript). */
export const ALBUMS_PATH = "/thu-vien-anh";
export const albumPath = (slug: string) => `${ALBUMS_PATH}/${slug}`;
export const albumPhotoPath = (slug: string, photoId: number) => `${ALBUMS_PATH}/${slug}/anh-${photoId}`;
/** The videos' list and one video's page. */
export const VIDEOS_PATH = "/video";
export const videoPath = (slug: string) => `${VIDEOS_PATH}/${slug}`;

export type PublicRoute =
  | { kind: "rewrite"; path: string }
  | { kind: "redirect"; href: string; permanent?: true }
  | { kind: "not-found" };

/** URLSearchParams → the shape pages get as searchParams (a repeated key becomes an array). */
export function searchParamsRecord(search: URLSearchParams): SearchParams {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return record;
}

// "/chuyen-muc/hoat-dong" → internal prefix "/ds/chuyen-muc/hoat-dong"; null for other paths.
function listingPrefix(pathname: string): string | null | "not-found" {
  if (pathname === "/tin-tuc") return `${INTERNAL_ROOT}/tin-tuc`;
  const match = /^\/(tin-tuc|chuyen-muc|don-vi)\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  const [, section, slug = ""] = match;
  if (!isWellFormedSlug(slug)) return "not-found";
  const internalSection = section === "tin-tuc" ? "bai" : section;
  return `${INTERNAL_ROOT}/${internalSection}/${slug}`;
}

// "/gioi-thieu/lien-he" → "/ds/gioi-thieu/lien-he": the query string is dropped, so a page has one cache entry.
function aboutPageRoute(pathname: string): PublicRoute | null {
  const match = /^\/gioi-thieu\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  const slug = match[1] ?? "";
  return isWellFormedSlug(slug) ? { kind: "rewrite", path: `${INTERNAL_ROOT}${pagePath(slug)}` } : { kind: "not-found" };
}

/** The internal paths of the albums' grid, an album's page and a photo's page. */
export const INTERNAL_ALBUMS_PATH = `${INTERNAL_ROOT}/thu-vien-anh`;
export const INTERNAL_ALBUM_PATH = `${INTERNAL_ROOT}/album`;

/** A photo id as its address carries it ("anh-17" → "17"): a plain positive number, like a page's; else null. */
export function parsePhotoIdSegment(value: string): number | null {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

// "/thu-vien-anh", "/thu-vien-anh/<slug>", "/thu-vien-anh/<slug>/anh-<id>"; null for other addresses.
function albumRoute(pathname: string, searchParams: SearchParams): PublicRoute | null {
  if (pathname === ALBUMS_PATH) {
    const page = parsePageParam(searchParams.trang);
    return page === null ? { kind: "not-found" } : { kind: "rewrite", path: `${INTERNAL_ALBUMS_PATH}/${page}` };
  }
  if (!pathname.startsWith(`${ALBUMS_PATH}/`)) return null;
  const [slug = "", photo, ...rest] = pathname.slice(ALBUMS_PATH.length + 1).split("/");
  if (rest.length > 0 || !isWellFormedSlug(slug)) return { kind: "not-found" };
  if (photo === undefined) return { kind: "rewrite", path: `${INTERNAL_ALBUM_PATH}/${slug}` };
  const photoId = photo.startsWith("anh-") ? parsePhotoIdSegment(photo.slice("anh-".length)) : null;
  return photoId === null ? { kind: "not-found" } : { kind: "rewrite", path: `${INTERNAL_ALBUM_PATH}/${slug}/${photoId}` };
}

// "/video?trang=2" → "/ds/video/trang/2"; "/video/hoi-dien" → "/ds/video/xem/hoi-dien".
function videoRoute(pathname: string, searchParams: SearchParams): PublicRoute | null {
  if (pathname === VIDEOS_PATH) {
    const page = parsePageParam(searchParams.trang);
    return page === null ? { kind: "not-found" } : { kind: "rewrite", path: `${INTERNAL_ROOT}${VIDEOS_PATH}/trang/${page}` };
  }
  const match = /^\/video\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  const slug = match[1] ?? "";
  return isWellFormedSlug(slug) ? { kind: "rewrite", path: `${INTERNAL_ROOT}${VIDEOS_PATH}/xem/${slug}` } : { kind: "not-found" };
}

// "/van-ban?loai=4" → "/ds/so-van-ban/<state>"; "/van-ban/ke-hoach-47" → "/ds/van-ban/ke-hoach-47".
function documentsRoute(pathname: string, searchParams: SearchParams): PublicRoute | null {
  if (pathname === DOCUMENTS_PATH) {
    const segment = registerStateSegment(searchParams);
    return segment ? { kind: "rewrite", path: `${INTERNAL_REGISTER}/${segment}` } : { kind: "not-found" };
  }
  if (pathname === DOCUMENTS_FEED_PATH || !pathname.startsWith(`${DOCUMENTS_PATH}/`)) return null;
  const slug = pathname.slice(DOCUMENTS_PATH.length + 1);
  return isWellFormedSlug(slug) ? { kind: "rewrite", path: `${INTERNAL_DOCUMENT}/${slug}` } : { kind: "not-found" };
}

/** Where proxy.ts sends a public address, or null when it is not one of the cached public pages. */
export function publicRouteFor(pathname: string, searchParams: SearchParams): PublicRoute | null {
  if (pathname === INTERNAL_ROOT || pathname.startsWith(`${INTERNAL_ROOT}/`)) return { kind: "not-found" };
  if (pathname === "/") return { kind: "rewrite", path: `${INTERNAL_ROOT}/trang-chu/${HOME_EDITION}` };
  const aboutPage = aboutPageRoute(pathname);
  if (aboutPage) return aboutPage;
  const album = albumRoute(pathname, searchParams);
  if (album) return album;
  const video = videoRoute(pathname, searchParams);
  if (video) return video;
  if (pathname === DOCUMENTS_PATH || pathname.startsWith(`${DOCUMENTS_PATH}/`)) return documentsRoute(pathname, searchParams);
  if (pathname === "/tim-kiem") {
    const segment = searchStateSegment(searchParams);
    return segment ? { kind: "rewrite", path: `${INTERNAL_ROOT}/tim-kiem/${segment}` } : { kind: "not-found" };
  }
  const prefix = listingPrefix(pathname);
  if (prefix === null) return null;
  if (prefix === "not-found") return { kind: "not-found" };

  // The date form without JavaScript sends ?d=&m=&y=: its canonical address is ?ngay=. A day that
  // does not exist (30/02) shows the listing with a message, where the reader can choose again.
  const { d, m, y } = searchParams;
  if (d !== undefined || m !== undefined || y !== undefined) {
    const day = typeof d === "string" && typeof m === "string" && typeof y === "string" ? calendarDayFromParts(d, m, y) : null;
    return day ? { kind: "redirect", href: listingHref(pathname, { day }) } : { kind: "rewrite", path: `${prefix}/1/${IMPOSSIBLE_DAY}` };
  }
  const parsed = parseListingQuery(searchParams);
  if (!parsed.ok) return { kind: "not-found" };
  const { page, day } = parsed.query;
  return { kind: "rewrite", path: `${prefix}/${page}/${day ? dayKey(day) : ALL_DAYS}` };
}

export type ListingSegments = { page: number; day: CalendarDay | null; impossibleDay: boolean };

/** The internal path's segments back to a listing state; null for anything proxy.ts would not produce. */
export function parseListingSegments(trang: string, ngay: string): ListingSegments | null {
  if (!/^[1-9]\d{0,8}$/.test(trang)) return null;
  if (ngay === ALL_DAYS) return { page: Number(trang), day: null, impossibleDay: false };
  if (ngay === IMPOSSIBLE_DAY) return trang === "1" ? { page: 1, day: null, impossibleDay: true } : null;
  const day = parseDayKey(ngay);
  return day ? { page: Number(trang), day, impossibleDay: false } : null;
}
