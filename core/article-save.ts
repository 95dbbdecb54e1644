import { editedArticle, fixMarkedFields, type SaveOutcome } from "./editor-save";
import type { ArticleLinks } from "./article-links";
import type { ArticleStatus } from "./permissions";
import { firstBodyImageKey } from "./share-image";

/** What the article editor asks for: a save, or a save followed by a workflow step. */
export const saveIntents = ["save", "autosave", "submit", "publish", "unpublish", "return"] as const;
export type SaveIntent = (typeof saveIntents)[number];

export type SaveSuccess = {
  articleId: number;
  version: number;
  slug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  savedAt: string;
  /** Which cached public pages the save expires (readerChange). */
  readers: ReaderChange;
};

export type SaveResult = SaveOutcome<SaveSuccess>;

/** Said with the marked fields when a save is refused for its content, by the server or before sending. */
export const FIX_MARKED_FIELDS = fixMarkedFields(editedArticle);

/**
 * What readers see change with a save of an article, which decides the cached pages it expires
 * (server/cache-tags.ts), each level reaching further than the one after it:
 * - "listings": it enters, leaves or moves in the lists (published, taken down, its publication
 *   time, category, unit, featured flag or series changed), or its address changed (the new one
 *   may be cached as a 404, marked only `articles`): every list, count and the home page;
 * - "title": its title, which every page naming it shows (a card, a link in "Tin liên
 *   quan", "Tin xem nhiều" or a series, the 404 page's latest news);
 * - "card": what its card in a list shows besides (the summary, the photo: the cover, else the
 *   first photo in its text): the lists and the home page showing it;
 * - "page": what only its own page shows (its text, the caption, the byline, its links): that page;
 * - "none": readers never saw it and will not (a draft, an article in review), or nothing changed,
 *   as with an autosave of an untouched editor.
 * Every level but "none" reaches search too, whose results its words may enter or leave.
 */
export type ReaderChange = "none" | "page" | "card" | "title" | "listings";

/** An article as its save leaves it, or as it was; `links` null when the save left them alone. */
export type ArticleFacts = {
  status: ArticleStatus;
  publishedAt: Date | null;
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  coverMediaId: number | null;
  coverCaption: string;
  byline: string;
  categoryId: number;
  unitId: number;
  isFeatured: boolean;
  seriesId: number | null;
  seriesPart: number | null;
  links: ArticleLinks | null;
};

// What places it among the others: a change moves it in, out of or around the lists. Its address
// too: a reader may have met the new one before it existed, and that 404 carries no tag of the article.
const placing = ["slug", "categoryId", "unitId", "isFeatured", "seriesId", "seriesPart"] as const;
// What every page naming it shows, a card or a link.
const naming = ["title"] as const;
// What a card shows besides (components/site/article-card.tsx).
const card = ["summary", "coverMediaId"] as const;
// What only its own page shows.
const ownPage = ["bodyHtml", "coverCaption", "byline"] as const;

// The card's photo without a cover is the first photo in the text (db/queries/public-articles.ts toListItems).
const cardPhoto = (facts: ArticleFacts) => (facts.coverMediaId === null ? firstBodyImageKey(facts.bodyHtml) : null);

const sameLinks = (a: ArticleLinks | null, b: ArticleLinks | null) =>
  a === null || b === null || (a.albumId === b.albumId && a.documentIds.join() === b.documentIds.join());

/** What readers see change from `before` (null: a new article) to `after`; published includes scheduled. */
export function readerChange(before: ArticleFacts | null, after: ArticleFacts): ReaderChange {
  const seenBefore = before?.status === "published";
  const seenAfter = after.status === "published";
  if (!seenBefore && !seenAfter) return "none";
  if (!before || !seenBefore || !seenAfter) return "listings";
  if (before.publishedAt?.getTime() !== after.publishedAt?.getTime()) return "listings";
  if (placing.some((key) => before[key] !== after[key])) return "listings";
  if (naming.some((key) => before[key] !== after[key])) return "title";
  if (card.some((key) => before[key] !== after[key]) || cardPhoto(before) !== cardPhoto(after)) return "card";
  if (ownPage.some((key) => before[key] !== after[key]) || !sameLinks(before.links, after.links)) return "page";
  return "none";
}
