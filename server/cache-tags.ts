import "server-only";
import { revalidateTag } from "next/cache";
import { articleStatus } from "@/db/queries/article-writes";
import type { Database } from "@/db/client";
import type { MediaUsage } from "@/core/media-usage";
import type { PublicChange } from "@/core/page-save";
import type { ReaderChange } from "@/core/article-save";
import { refreshArticleCopiesAfter } from "./page-cache-refresh";

/**
 * The tags of the cached public pages (server/public-content.ts). Every page listing articles, and
 * every 404 page (its latest news), carries `articles`, which an article entering, leaving or moving
 * in the lists expires. Past that, a save of a published article expires what
 * it changed for readers (core/article-save.ts readerChange): `article:<id>` marks its own page,
 * `article-card:<id>` the lists and the home page showing its card (title, summary, photo),
 * `article-link:<id>` the pages naming it by its title alone ("Tin liên quan", "Tin xem nhiều", a
 * series, the 404 page's latest news), and
 * `search` the results its words may enter or leave. So an editor typing into a published article
 * renews its page and search, not every page of the site. Over-invalidating is cheap, a stale page
 * is a bug: each level expires everything the levels below it do. `chrome` marks what every page's header and footer show: the units and categories,
 * the site settings (name, slogan, emblem, contacts), the menu and the pages listed in the footer.
 * `page:<id>` marks the public page of one "about" page (and of its parent, which lists it);
 * `pages` the pages' text as site search shows it. `documents`/`document:<id>` and
 * `albums`/`album:<id>` do the same for the documents register and the photo albums (issue 16).
 * `legacy-redirects` marks the old portal's addresses, answered as redirects or 404s (issue 17).
 */
export const cacheTags = {
  articles: "articles",
  article: (id: number) => `article:${id}`,
  articleCard: (id: number) => `article-card:${id}`,
  articleLink: (id: number) => `article-link:${id}`,
  /** /tim-kiem: which articles a query finds changes with any published article's words. */
  search: "search",
  chrome: "chrome",
  page: (id: number) => `page:${id}`,
  pages: "pages",
  /** The documents register (/van-ban, its feed, the sitemap's documents, search's documents). */
  documents: "documents",
  /** One document's page, and the articles that list it under "Văn bản liên quan". */
  document: (id: number) => `document:${id}`,
  /** The albums' grid (/thu-vien-anh) and the sitemap's albums. */
  albums: "albums",
  /** One album's page and its photos' pages, and the article that shows it under "Xem thêm ảnh". */
  album: (id: number) => `album:${id}`,
  /** The videos' list (/video), each video's page and the sitemap's videos. */
  videos: "videos",
  /** The redirects of the old portal's addresses (issue 17), and their 404s: an import expires them. */
  legacyRedirects: "legacy-redirects",
};

/**
 * True when readers can see the article now or at its scheduled time: saving it must expire the
 * public pages. Drafts and articles in review never reach them, so their saves (and autosaves)
 * leave the cache alone.
 */
export async function concernsReaders(db: Database, articleId: number | null): Promise<boolean> {
  return articleId !== null && (await articleStatus(db, articleId)) === "published";
}

/**
 * Expires the public pages after a change readers can see: the next request for them renders
 * them again instead of being served the old copy. A route handler uses revalidateTag with
 * expire 0. A server action cannot: updateTag, or revalidateTag with expire 0, also re-renders the
 * editor's own page into the action's response, and the editor of a new article (whose address
 * history.replaceState changed to /quan-tri/bai-viet/<id>) would be swapped for a fresh copy of
 * that page, losing its message, focus and any keystrokes typed meanwhile. Deferring updateTag to
 * after() avoided that but left a gap: the editor could read "Đã gỡ trang" and a reader still get
 * the old page, because after() runs only once the response has closed. So an action marks the
 * tags with the shortest expiry Next's cache accepts, 1 ms (ACTION_EXPIRE_SECONDS), before its
 * response is sent: Next does not re-render the page for it, and any request that arrives once the
 * editor has the answer finds the pages expired and renders them anew.
 */
const ACTION_EXPIRE_SECONDS = 0.001;

function expireTags(tags: string[], from: "action" | "route") {
  const expire = from === "route" ? 0 : ACTION_EXPIRE_SECONDS;
  for (const tag of tags) revalidateTag(tag, { expire });
}

/** After a change to an article, as far as readers see it (readerChange). */
export function expireArticlePages(articleId: number, change: ReaderChange, from: "action" | "route") {
  if (change === "none") return;
  const page = [cacheTags.article(articleId), cacheTags.search];
  const card = [cacheTags.articleCard(articleId), ...page];
  const tags = { page, card, title: [cacheTags.articleLink(articleId), ...card], listings: [cacheTags.articles, cacheTags.article(articleId)] }[change];
  expireTags(tags, from);
  // nginx in front (several instances): its copies of the article's pages are renewed at once.
  refreshArticleCopiesAfter(articleId, change === "page");
}

/**
 * After a change to an "about" page (server/page-commands.ts says how widely readers see it): its
 * text expires its own page, its parent's list of sub-pages and the search; a page that appears,
 * goes, is renamed, moves or changes address also expires every page's footer, menu and breadcrumbs.
 */
export function expirePagePages(pageId: number, change: PublicChange, from: "action" | "route") {
  if (change === "none") return;
  const own = [cacheTags.page(pageId), cacheTags.pages];
  expireTags(change === "chrome" ? [cacheTags.chrome, ...own] : own, from);
}

/**
 * After an image's description changed: readers see it as the alt text of the published articles'
 * covers and card photos, of the published albums' photos, and of the site's emblem and sharing
 * image on every page. An about page's body keeps the description it was written with, so pages
 * are left alone.
 */
export function expireMediaPages(usage: MediaUsage, from: "action" | "route") {
  const published = usage.articles.filter((article) => article.published).map((article) => cacheTags.article(article.id));
  const everyPage = usage.settings.length > 0 ? [cacheTags.chrome] : [];
  const albums = usage.albums.filter((album) => album.published).map((album) => cacheTags.album(album.id));
  if (published.length > 0 || everyPage.length > 0) expireTags([cacheTags.articles, ...everyPage, ...published], from);
  if (albums.length > 0) expireTags([cacheTags.albums, ...albums], from);
}

/** After a change readers of an album can see (its fields, photos, order, cover, status). */
export function expireAlbumPages(albumId: number, from: "action" | "route") {
  expireTags([cacheTags.albums, cacheTags.album(albumId)], from);
}

/** After a change readers can see to a video (published, edited while published, taken down). */
export function expireVideoPages(from: "action" | "route") {
  expireTags([cacheTags.videos], from);
}

/**
 * After a change to a document readers can see (published, taken down, its fields or files changed):
 * the register, its feed and the sitemap, and the document's own page with the articles listing it.
 * Null: a form or an issuer was renamed, which the register's rows and filters show.
 */
export function expireDocumentPages(documentId: number | null, from: "action" | "route") {
  expireTags(documentId === null ? [cacheTags.documents] : [cacheTags.documents, cacheTags.document(documentId)], from);
}

/**
 * After an import into the running site's database (POST /api/he-thong/lam-moi, called by the
 * import's CLI): its articles, categories, units and old addresses, including the 404s the old
 * addresses got before their redirects existed.
 */
export function expireImportedPages() {
  expireTags([cacheTags.chrome, cacheTags.articles, cacheTags.legacyRedirects], "route");
}
