// What an import reads from an old portal (issue 17), the same shape whichever portal it was: the
// readers (server/legacy-import/joomla-source.ts, nukeviet-source.ts) turn the old tables into these
// rows, and the writer (server/legacy-import/import-run.ts) knows nothing of Joomla or NukeViet.
import type { LegacySource } from "./legacy-addresses";

export type LegacyCategory = {
  oldId: number;
  /** null for a top-level category (Joomla's root, id 1, is never listed). */
  parentOldId: number | null;
  title: string;
  alias: string;
  /** The alias chain from the top, "tin-tuc/hoat-dong": the old category address. */
  path: string;
  published: boolean;
};

export type LegacyUser = { oldId: number; name: string; username: string; email: string; blocked: boolean };

/** An image as the old site wrote it: a site-relative path ("images/tin/a.jpg") or an absolute URL. */
export type LegacyImage = { src: string; alt: string; caption: string };

/**
 * "published" (Joomla's published and archived: Joomla 3 still serves archived articles), "draft"
 * (unpublished, waiting, stopped), "trashed" (skipped and counted).
 */
export type LegacyArticleState = "published" | "draft" | "trashed";

export type LegacyArticle = {
  oldId: number;
  title: string;
  alias: string;
  /** The main category. */
  categoryOldId: number;
  /** Joomla's introtext, NukeViet's hometext (as HTML: plain text is escaped by the reader). */
  introHtml: string;
  /** Joomla's fulltext, NukeViet's bodyhtml. */
  fullHtml: string;
  state: LegacyArticleState;
  /** Joomla's publish_up (UTC), NukeViet's publtime; null for a zero or missing date. */
  publishedAt: Date | null;
  createdAt: Date | null;
  modifiedAt: Date | null;
  hits: number;
  /** created_by_alias, else the old author's name (Joomla); the author field (NukeViet). */
  authorName: string;
  authorOldId: number | null;
  featured: boolean;
  /** Joomla's intro image, NukeViet's home image: the article's cover. */
  leadImage: LegacyImage | null;
  /** Joomla's full-text image (often the same file as the intro image). */
  fullImage: LegacyImage | null;
  /** Which text fields held bytes that are not UTF-8 (decoded with U+FFFD): listed in the report. */
  repairedFields: string[];
};

/**
 * Which articles a run reads: all of them, or (--media-only) those that may name a photo, chosen by
 * the old database itself. "with-images" may let through an article without one (the run then finds
 * nothing to add), never leave out one with a photo.
 */
export type ArticleSelection = "all" | "with-images";

/** One old portal's database, read-only, rows streamed (never the whole table in memory). */
export interface LegacyReader {
  readonly source: LegacySource;
  /** What the report names the site by: "Joomla 3 (jos_) trên 127.0.0.1:3306/joomla". */
  readonly description: string;
  categories(): Promise<LegacyCategory[]>;
  users(): Promise<LegacyUser[]>;
  articleCount(selection?: ArticleSelection): Promise<number>;
  /** Ordered by old id, from `afterOldId` on (for resuming). */
  articles(afterOldId?: number, selection?: ArticleSelection): AsyncIterable<LegacyArticle>;
  close(): Promise<void>;
}

/** Why a source could not be opened: exit status 2, nothing written. */
export class LegacySourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LegacySourceError";
  }
}
