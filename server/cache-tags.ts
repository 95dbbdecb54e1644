import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { after } from "next/server";
import { articleStatus } from "@/db/queries/article-writes";
import type { Database } from "@/db/client";
import type { PublicChange } from "@/core/page-save";

/**
 * The tags of the cached public pages (server/public-content.ts). Every public page shows
 * "CÁC TIN ĐÃ ĐĂNG" or the latest news, so any change a reader can see expires `articles`:
 * over-invalidating a listing is cheap, a stale one is a bug. `article:<id>` marks the pages
 * of one article, `chrome` what every page's header and footer show: the units and categories,
 * the site settings (name, slogan, emblem, contacts), the menu and the pages listed in the footer.
 * `page:<id>` marks the public page of one "about" page (and of its parent, which lists it);
 * `pages` the pages' text as site search shows it.
 */
export const cacheTags = {
  articles: "articles",
  article: (id: number) => `article:${id}`,
  chrome: "chrome",
  page: (id: number) => `page:${id}`,
  pages: "pages",
};

/**
 * True when readers can see the article now or at its scheduled time: saving it must expire the
 * public pages. Drafts and articles in review never reach them, so their saves (and autosaves)
 * leave the cache alone.
 */
export function concernsReaders(db: Database, articleId: number | null): boolean {
  return articleId !== null && articleStatus(db, articleId) === "published";
}

/**
 * Expires the public pages after a change readers can see: the next request for them renders
 * them again instead of being served the old copy. A route handler uses revalidateTag with
 * expire 0. A server action uses updateTag, but in after(), once its response is sent: called
 * during the action, updateTag also re-renders the editor's own page into the response, and the
 * editor of a new article (whose address history.replaceState changed to /quan-tri/bai-viet/<id>)
 * would be swapped for a fresh copy of that page, losing its message, focus and any keystrokes
 * typed meanwhile. The response closes before the editor sees "Đã xuất bản.", and after() runs
 * right then, so the editor's next look at the public site already finds the change.
 */
function expireTags(tags: string[], from: "action" | "route") {
  if (from === "route") {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return;
  }
  after(() => {
    for (const tag of tags) updateTag(tag);
  });
}

export function expireArticlePages(articleId: number, from: "action" | "route") {
  expireTags([cacheTags.articles, cacheTags.article(articleId)], from);
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
