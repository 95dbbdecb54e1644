// Serving the old portals' addresses (issue 17): which requests may be one, and the redirect keys
// (core/legacy-addresses.ts) each may have been stored under, in the order they are tried. The site
// does not know at request time which portal it replaced, nor NukeViet's module name or language,
// so every reading is tried; a key that leads nowhere costs one indexed lookup, once per address.
import { legacyAddressKey, readJoomlaAddress, readNukeVietAddress, type LegacyAddress } from "./legacy-addresses";
import { isStaffPath } from "./content-security-policy";
import { INTERNAL_ROOT, publicRouteFor, type PublicRoute } from "./public-routes";
import { fromBase64Url, toBase64Url } from "./search-params";

/** The internal, cached page that looks the keys up (proxy.ts rewrites old-looking addresses to it). */
export const INTERNAL_LEGACY_KEYS_PATH = `${INTERNAL_ROOT}/dia-chi-cu`;
/** Where next.config.ts's fallback rewrite sends a path that no route took (a Joomla category path). */
export const INTERNAL_LEGACY_PATH = `${INTERNAL_ROOT}/duong-dan-cu`;
/** The cached page for a path that ended in "/": its old address if it was one, else the path without the "/". */
export const INTERNAL_TRAILING_SLASH_PATH = `${INTERNAL_ROOT}/gach-cheo-cuoi`;

// Longer addresses are not links anyone shared: they name nothing, and the keys' segment stays
// under about 2 KB (Next also sends it back as the x-middleware-rewrite header).
const MAX_PATHNAME = 512;
const MAX_QUERY = 1024;
const MAX_SEGMENT = 2400;
const LANGUAGE_SEGMENT = /^[a-z]{2}$/;
const HTML_SUFFIX = /\.html?$/i;
// An article-shaped last segment whose id is too long to be an old id names nothing, not a category.
const OVERLONG_ID = /^\d{11,}-|-\d{11,}(\.html?)?$/i;

const keyOf = (address: LegacyAddress | null) => (address ? legacyAddressKey(address) : null);

// NukeViet keeps a category under its own alias, one segment: "/vi/news/hoat-dong/", "op=hoat-dong".
const nukeVietCategoryKey = (address: LegacyAddress | null) =>
  address?.kind === "category-path" && !address.path.includes("/") ? keyOf(address) : null;

// Both NukeViet readings: with the module's name in the address and without it (news as the home module).
function nukeVietReadings(pathname: string, search: URLSearchParams): (LegacyAddress | null)[] {
  if (search.has("nv")) return [readNukeVietAddress(pathname, search, { module: search.get("nv") ?? "", lang: search.get("language") ?? "" })];
  const parts = pathname.split("/").filter(Boolean);
  const lang = LANGUAGE_SEGMENT.test(parts[0] ?? "") ? (parts[0] ?? "") : "";
  const newsModule = parts[lang ? 1 : 0] ?? "";
  // NukeViet's articles always end in .html in its rewritten addresses; without it, "/tin-tuc/dai-hoi-2023" is a category path.
  const readings = [readNukeVietAddress(pathname, search, { module: newsModule, lang }), readNukeVietAddress(pathname, search, { module: "", lang })];
  return HTML_SUFFIX.test(pathname) ? readings : readings.filter((address) => address?.kind !== "article");
}

/**
 * The redirect keys an old address may have been stored under, best first: articles, then a Joomla
 * category by id, then category paths. Empty when the address cannot be an old one (bad
 * percent-encoding, "..", overlong, an id over 10 digits); never throws.
 *   /index.php/tin-tuc/123-dai-hoi.html → ["joomla:article:123"]
 *   /vi/news/hoat-dong/ → ["joomla:category-path:vi/news/hoat-dong", "nukeviet:category-path:hoat-dong"]
 */
export function legacyCandidateKeys(pathname: string, search: URLSearchParams): string[] {
  if (pathname.length > MAX_PATHNAME || search.toString().length > MAX_QUERY) return [];
  const joomla = readJoomlaAddress(pathname, search);
  const nukeViet = nukeVietReadings(pathname, search);
  const keys = [joomla, ...nukeViet].filter((address) => address?.kind === "article").map(keyOf);
  if (joomla?.kind === "category") keys.push(keyOf(joomla));
  // Joomla itself reads "123-alias" as an article, so such an address names no category; a
  // NukeViet-looking one ("dai-hoi-2023.html") may still be a Joomla category with the suffix.
  const lastSegment = pathname.split("/").filter(Boolean).pop() ?? "";
  if (joomla?.kind !== "article" && !OVERLONG_ID.test(lastSegment) && !OVERLONG_ID.test(search.get("op") ?? "")) {
    if (joomla?.kind === "category-path") keys.push(keyOf(joomla));
    keys.push(...nukeViet.map(nukeVietCategoryKey));
  }
  return [...new Set(keys.filter((key): key is string => key !== null))];
}

/**
 * True when a request may be an old address, read from the request alone (no database), for proxy.ts:
 * the raw forms' query (on "/" or "/index.php" only: our own pages' queries stay theirs), a path under
 * "/index.php", or a last segment ending in .html/.htm, which none of our addresses does.
 */
export function looksLikeLegacyAddress(pathname: string, search: URLSearchParams): boolean {
  const isIndex = pathname === "/index.php" || pathname.startsWith("/index.php/");
  if ((pathname === "/" || isIndex) && (search.get("option") === "com_content" || search.has("nv"))) return true;
  return isIndex || HTML_SUFFIX.test(pathname);
}

/** Where proxy.ts sends an old-looking address: the cached page that looks its keys up, or the 404 page. */
export function legacyRouteFor(pathname: string, search: URLSearchParams): PublicRoute | null {
  if (pathname === INTERNAL_ROOT || pathname.startsWith(`${INTERNAL_ROOT}/`) || !looksLikeLegacyAddress(pathname, search)) return null;
  const keys = legacyCandidateKeys(pathname, search);
  return keys.length === 0 ? { kind: "not-found" } : { kind: "rewrite", path: `${INTERNAL_LEGACY_KEYS_PATH}/${legacyKeysSegment(keys)}` };
}

// Paths with a meaning of their own once the "/" is gone: our pages, the API, files (/rss.xml).
function isOurOwnPath(pathname: string): boolean {
  const lastSegment = pathname.split("/").pop() ?? "";
  return isStaffPath(pathname) || pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/_next/") || lastSegment.includes(".") || publicRouteFor(pathname, {}) !== null;
}

/**
 * A path ending in "/" (not the root). Next's own 308 to the path without it is off
 * (skipTrailingSlashRedirect in next.config.ts): it came before proxy.ts, and NukeViet writes every
 * category so ("/vi/news/hoat-dong/"), which then took two hops to its new page. A GET of such a path
 * that is none of ours and has no query goes to the cached page that follows its old address, or else
 * makes Next's 308; every other one gets that 308 here, its query kept.
 *   /vi/news/hoat-dong/ → rewrite /ds/gach-cheo-cuoi/vi/news/hoat-dong
 *   /tin-tuc/?trang=2   → 308 /tin-tuc?trang=2
 */
export function trailingSlashRouteFor(method: string, pathname: string, rawSearch: string): PublicRoute | null {
  if (pathname === "/" || !pathname.endsWith("/")) return null;
  // One slash in front too: "//evil.example/" must not become the address of another site.
  const withoutSlash = `/${pathname.replace(/^\/+|\/+$/g, "")}`;
  const redirect: PublicRoute = { kind: "redirect", href: `${withoutSlash}${rawSearch}`, permanent: true };
  if ((method !== "GET" && method !== "HEAD") || rawSearch !== "" || withoutSlash === "/" || isOurOwnPath(withoutSlash)) return redirect;
  if (legacyCandidateKeys(withoutSlash, new URLSearchParams()).length === 0) return redirect;
  return { kind: "rewrite", path: `${INTERNAL_TRAILING_SLASH_PATH}${withoutSlash}` };
}

/** The keys as the internal page's one path segment: base64url of the keys, one a line (keys hold no newline). */
export const legacyKeysSegment = (keys: string[]) => toBase64Url(keys.join("\n"));

/** The segment back to its keys; empty for anything legacyKeysSegment would not have made of candidate keys. */
export function legacyKeysOfSegment(segment: string): string[] {
  if (segment.length > MAX_SEGMENT || !/^[A-Za-z0-9_-]+$/.test(segment)) return [];
  const keys = fromBase64Url(segment)?.split("\n") ?? [];
  const wellFormed = keys.every((key) => /^(joomla|nukeviet):(article|category|category-path):[^\s]+$/u.test(key));
  return wellFormed && keys.length <= 8 && legacyKeysSegment(keys) === segment ? keys : [];
}

const targetSections = { article: "tin-tuc", category: "chuyen-muc", unit: "don-vi" } as const;

/** The new page an old address leads to: an article, or the listing of a category or a unit. */
export const legacyTargetPath = (target: { kind: keyof typeof targetSections; slug: string }) => `/${targetSections[target.kind]}/${target.slug}`;
