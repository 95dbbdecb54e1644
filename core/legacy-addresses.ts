// The addresses of the old portals an import replaces (issue 17), read back to what they named: an
// article or a category of the old site, by its old id or alias. The redirects an import stores are
// keyed by `legacyAddressKey`, so every form of one old address finds the same new page.
//
// Joomla 3 (SEF on or off, with or without the .html suffix and `index.php/` in front):
//   /tin-tuc/hoat-dong/123-dai-hoi-cong-doan.html   /index.php/tin-tuc/123-dai-hoi   /123-dai-hoi
//   /index.php?option=com_content&view=article&id=123:dai-hoi&catid=4&Itemid=101
//   /index.php?option=com_content&view=category&id=4   /tin-tuc/hoat-dong (a category path)
// NukeViet 4 (news module; `/vi` and the module name may be left out by the site's rewrite settings):
//   /vi/news/hoat-dong/dai-hoi-cong-doan-123.html   /news/hoat-dong/dai-hoi-cong-doan-123.html
//   /index.php?language=vi&nv=news&op=hoat-dong/dai-hoi-cong-doan-123   /vi/news/hoat-dong/  (a category)

export const legacySources = ["joomla", "nukeviet"] as const;
export type LegacySource = (typeof legacySources)[number];

/** What an import keeps the old id of (db legacy_items). */
export const legacyItemKinds = ["article", "category", "user", "image"] as const;
export type LegacyItemKind = (typeof legacyItemKinds)[number];

export type LegacyAddress =
  | { source: LegacySource; kind: "article"; oldId: number }
  | { source: "joomla"; kind: "category"; oldId: number }
  | { source: LegacySource; kind: "category-path"; path: string };

const OLD_ID = /^[1-9]\d{0,9}$/;
const PATH_PART = /^[\p{L}\p{N}_.~-]+$/u;

const oldIdOf = (text: string | null | undefined): number | null => {
  // Joomla writes "123:alias" in raw addresses; the id is what stands before the colon.
  const id = text?.split(":")[0] ?? "";
  return OLD_ID.test(id) ? Number(id) : null;
};

// "/index.php/tin-tuc/123-dai-hoi.html" → ["tin-tuc", "123-dai-hoi"]; null for "..", empty or odd parts.
function pathParts(pathname: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const parts = decoded.split("/").filter((part) => part !== "");
  if (parts[0]?.toLowerCase() === "index.php") parts.shift();
  if (parts.some((part) => part === "." || part === ".." || !PATH_PART.test(part))) return null;
  return parts;
}

const withoutSuffix = (part: string) => part.replace(/\.html?$/i, "");
const categoryPath = (parts: string[]) => parts.map((part) => withoutSuffix(part).toLowerCase()).join("/");

/** A Joomla 3 address back to the article or category it named; null when it names neither. */
export function readJoomlaAddress(pathname: string, search: URLSearchParams): LegacyAddress | null {
  if (search.get("option") === "com_content") {
    const id = oldIdOf(search.get("id"));
    if (id === null) return null;
    const view = search.get("view");
    if (view === "article") return { source: "joomla", kind: "article", oldId: id };
    if (view === "category") return { source: "joomla", kind: "category", oldId: id };
    return null;
  }
  const parts = pathParts(pathname);
  if (!parts || parts.length === 0) return null;
  const last = withoutSuffix(parts[parts.length - 1] ?? "");
  const article = /^([1-9]\d{0,9})-[\p{L}\p{N}_-]+$/u.exec(last);
  if (article) return { source: "joomla", kind: "article", oldId: Number(article[1]) };
  return { source: "joomla", kind: "category-path", path: categoryPath(parts) };
}

/**
 * A NukeViet 4 address of the news module back to its article or category. `module` is the news
 * module's name in addresses ("news", or a site's own, e.g. "tin-tuc"); `lang` its language segment.
 */
export function readNukeVietAddress(pathname: string, search: URLSearchParams, options: { module?: string; lang?: string } = {}): LegacyAddress | null {
  const newsModule = options.module ?? "news";
  const lang = options.lang ?? "vi";
  let parts: string[] | null;
  if (search.has("nv")) {
    if (search.get("nv") !== newsModule) return null;
    parts = pathParts(search.get("op") ?? "");
  } else {
    parts = pathParts(pathname);
    if (parts && parts[0] === lang) parts = parts.slice(1);
    if (parts && parts[0] === newsModule) parts = parts.slice(1);
  }
  if (!parts || parts.length === 0) return null;
  const last = withoutSuffix(parts[parts.length - 1] ?? "");
  const article = /^[\p{L}\p{N}_-]+-([1-9]\d{0,9})$/u.exec(last);
  if (article && parts.length >= 2) return { source: "nukeviet", kind: "article", oldId: Number(article[1]) };
  return { source: "nukeviet", kind: "category-path", path: categoryPath(parts) };
}

/** The key an import stores a redirect under, the same for every form of one old address. */
export function legacyAddressKey(address: LegacyAddress): string {
  if (address.kind === "category-path") return `${address.source}:category-path:${address.path}`;
  return `${address.source}:${address.kind}:${address.oldId}`;
}
