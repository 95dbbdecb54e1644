// The PostgreSQL mirror of db/schema.ts (issue 15). Two files because drizzle has no
// dialect-neutral table builder: sqliteTable and pgTable columns differ in type, so each dialect
// declares its own tables. db/schema-parity.test.ts keeps them in step column by column (names,
// order, nullability, defaults, keys, indexes, foreign keys and types), so the same query code
// returns the same JS values on either database.
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { AuditAction } from "@/core/audit";
import { documentFileKinds } from "@/core/document-files";
import { articlePhotoCount } from "./article-photo-count";
import { workflowActions } from "@/core/workflow";
import { documentStatuses } from "@/core/documents";
import { articleStatuses, roles } from "@/core/permissions";
import { revisionKinds } from "@/core/editor-save";
import { legacyItemKinds, legacySources } from "@/core/legacy-addresses";
import { movedSlugSections } from "@/core/moved-slugs";

// SQLite keeps epoch milliseconds; precision 3 keeps exactly those milliseconds, and mode "date"
// hands back the same Date objects the SQLite schema's timestamp_ms mode does.
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date", precision: 3 });
const createdAt = () => instant("created_at").notNull().defaultNow();
const updatedAt = () => instant("updated_at").notNull().defaultNow();
// db:copy inserts explicit ids and then resets the sequences, so ids are "by default", not "always".
const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();

/** The provincial union and its sub-units, as a tree. */
export const units = pgTable(
  "units",
  {
    id: id(),
    parentId: integer("parent_id").references((): AnyPgColumn => units.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    slug: text("slug").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("units_slug_unique").on(t.slug), index("units_parent_idx").on(t.parentId, t.sortOrder)],
);

export const categories = pgTable(
  "categories",
  {
    id: id(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("categories_slug_unique").on(t.slug)],
);

export const users = pgTable(
  "users",
  {
    id: id(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: roles }).notNull(),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "restrict" }),
    isActive: boolean("is_active").notNull().default(true),
    /** Carried in the session token; raising it ends every open session of the account. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Set when an admin creates or resets the account: a new password is chosen at sign-in. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_username_unique").on(t.username)],
);

/** Stored image files; the bytes live under the data folder, in several widths. */
export const media = pgTable("media", {
  id: id(),
  /** Names the files on disk: `${storageKey}-${width}.webp` / `.jpg`. */
  storageKey: text("storage_key").notNull().unique(),
  originalName: text("original_name").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  /** The widths generated, ascending, e.g. [480,960,1600]. */
  variantWidths: jsonb("variant_widths").$type<number[]>().notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  alt: text("alt").notNull().default(""),
  /** Who took it or where it comes from ("Ảnh: Nguyễn Văn An", "Nguồn: TTXVN"), shown in the library. */
  credit: text("credit").notNull().default(""),
  uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

/** A loạt bài: articles published as numbered parts. */
export const series = pgTable(
  "series",
  {
    id: id(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("series_slug_unique").on(t.slug)],
);

export const articles = pgTable(
  "articles",
  {
    id: id(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull().default(""),
    /** Sanitised HTML: only what the allowlist lets through is ever stored. */
    bodyHtml: text("body_html").notNull().default(""),
    coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "set null" }),
    coverCaption: text("cover_caption").notNull().default(""),
    byline: text("byline").notNull().default(""),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    seriesId: integer("series_id").references(() => series.id, { onDelete: "set null" }),
    seriesPart: integer("series_part"),
    isFeatured: boolean("is_featured").notNull().default(false),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    /** When it becomes public; a future time means scheduled. */
    publishedAt: instant("published_at"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    viewCount: integer("view_count").notNull().default(0),
    /** When it was last sent for review ("Gửi duyệt"): the review queue is oldest first. */
    submittedAt: instant("submitted_at"),
    /** The reviewer's comment when an article is sent back; shown to its author. */
    reviewComment: text("review_comment").notNull().default(""),
    /** Raised by every save; a save based on an older version is refused. */
    version: integer("version").notNull().default(1),
    /** Its photos, for the year-end report: computed by the database (db/article-photo-count.ts). */
    photoCount: integer("photo_count").generatedAlwaysAs(articlePhotoCount),
  },
  (t) => [
    uniqueIndex("articles_slug_unique").on(t.slug),
    // The public listings read (status, published_at) ranges newest first; id breaks ties. The
    // year-end report reads a period's published articles from this index alone, hence the rest.
    index("articles_public_idx").on(t.status, t.publishedAt, t.id, t.unitId, t.createdBy, t.photoCount),
    index("articles_category_public_idx").on(t.categoryId, t.status, t.publishedAt, t.id),
    index("articles_unit_public_idx").on(t.unitId, t.status, t.publishedAt, t.id),
    index("articles_series_idx").on(t.seriesId, t.seriesPart),
    index("articles_featured_idx").on(t.isFeatured, t.status, t.publishedAt),
    index("articles_workspace_idx").on(t.status, t.updatedAt),
    // The workspace's first page, every status: the newest changes from the index's end, not a sort of every article.
    index("articles_updated_idx").on(t.updatedAt, t.id),
    index("articles_author_idx").on(t.createdBy, t.updatedAt),
  ],
);

/** Views of an article per Vietnam calendar day ("2026-11-22"); see db/schema.ts. */
export const articleDailyViews = pgTable(
  "article_daily_views",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_daily_views_day_idx").on(t.day, t.articleId, t.views)],
);

/**
 * Published articles per listing, kept in step by the triggers of the migration
 * "article_counts_triggers" (the same semantics as SQLite's 0006); see db/schema.ts.
 */
export const articleCounts = pgTable(
  "article_counts",
  {
    scope: text("scope", { enum: ["all", "category", "unit"] }).notNull(),
    scopeId: integer("scope_id").notNull(),
    published: integer("published").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scope, t.scopeId] })],
);

/** Every save of an article keeps a copy of what was saved, who saved it and when. */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The article's version this revision produced. */
    version: integer("version").notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull(),
    bodyHtml: text("body_html").notNull(),
    coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "set null" }),
    coverCaption: text("cover_caption").notNull(),
    byline: text("byline").notNull(),
    unitId: integer("unit_id").notNull(),
    categoryId: integer("category_id").notNull(),
    seriesId: integer("series_id"),
    seriesPart: integer("series_part"),
    publishedAt: instant("published_at"),
    kind: text("kind", { enum: revisionKinds }).notNull(),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: instant("saved_at").notNull(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.savedAt)],
);

/** The workflow trail of an article (see db/schema-sqlite.ts). */
export const articleEvents = pgTable(
  "article_events",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    action: text("action", { enum: workflowActions }).notNull(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    at: instant("at").notNull(),
  },
  (t) => [index("article_events_action_idx").on(t.action, t.at, t.articleId), index("article_events_article_idx").on(t.articleId, t.action, t.at)],
);

/** Old addresses of published articles whose slug changed: they redirect permanently. */
export const articleSlugRedirects = pgTable("article_slug_redirects", {
  slug: text("slug").primaryKey(),
  articleId: integer("article_id")
    .notNull()
    .references(() => articles.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

export type Unit = typeof units.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type User = typeof users.$inferSelect;
export type Media = typeof media.$inferSelect;
export type Series = typeof series.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleRevision = typeof articleRevisions.$inferSelect;

/**
 * The scheduled publications whose moment has been handled: the public pages were expired once for
 * each, by whichever instance claimed it first (server/publication-timer.ts). Rows older than two
 * days are pruned as new ones come. Keyed at the table's level on both databases: drizzle takes an
 * integer key declared on SQLite's column for the rowid, which the parity test would tell apart.
 */
export const publicationExpiries = pgTable("publication_expiries", {
  dueAt: instant("due_at").notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.dueAt] })]);

/** Every sign-in attempt, kept in the database so a lock-out survives a restart. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: id(),
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: instant("attempted_at").notNull(),
  },
  (t) => [index("sign_in_attempts_username_idx").on(t.username, t.attemptedAt), index("sign_in_attempts_ip_idx").on(t.ip, t.attemptedAt)],
);

/** Who did what, when and from where. Only ever inserted: the app has no way to edit or delete it. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    at: instant("at").notNull(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    action: text("action").$type<AuditAction>().notNull(),
    target: text("target").notNull().default(""),
    detail: text("detail").notNull().default(""),
    ip: text("ip").notNull().default(""),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_action_idx").on(t.action, t.at), index("audit_log_actor_idx").on(t.actorId, t.at)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

/** The union's own site settings: one row, id 1. */
export const siteSettings = pgTable("site_settings", {
  // SQLite's INTEGER PRIMARY KEY numbers a row left without an id, so this one may be left out too.
  id: id(),
  content: jsonb("content").$type<unknown>().notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

/** Every saved version of the site settings. */
export const siteSettingsRevisions = pgTable(
  "site_settings_revisions",
  {
    id: id(),
    version: integer("version").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    kind: text("kind", { enum: ["save", "restore"] }).notNull(),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: instant("saved_at").notNull(),
  },
  (t) => [index("site_settings_revisions_saved_idx").on(t.savedAt)],
);

/** Pages of the "about" section, public under /gioi-thieu/<slug>. */
export const pages = pgTable(
  "pages",
  {
    id: id(),
    parentId: integer("parent_id").references((): AnyPgColumn => pages.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull().default(""),
    bodyHtml: text("body_html").notNull().default(""),
    lang: text("lang", { enum: ["vi", "en"] }).notNull().default("vi"),
    showContacts: boolean("show_contacts").notNull().default(false),
    status: text("status", { enum: ["draft", "published"] }).notNull().default("draft"),
    sortOrder: integer("sort_order").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("pages_slug_unique").on(t.slug), index("pages_parent_idx").on(t.parentId, t.sortOrder)],
);

/** Every save of a page, as article_revisions. */
export const pageRevisions = pgTable(
  "page_revisions",
  {
    id: id(),
    pageId: integer("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull(),
    bodyHtml: text("body_html").notNull(),
    lang: text("lang", { enum: ["vi", "en"] }).notNull(),
    kind: text("kind", { enum: revisionKinds }).notNull(),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: instant("saved_at").notNull(),
  },
  (t) => [index("page_revisions_page_idx").on(t.pageId, t.savedAt)],
);

/** The public navigation: ordered items with one level of sub-items; see db/schema.ts. */
export const menuItems = pgTable(
  "menu_items",
  {
    id: id(),
    parentId: integer("parent_id").references((): AnyPgColumn => menuItems.id, { onDelete: "cascade" }),
    sortOrder: integer("sort_order").notNull().default(0),
    label: text("label").notNull(),
    kind: text("kind", { enum: ["home", "category", "unit", "page", "path", "external"] }).notNull(),
    targetId: integer("target_id"),
    url: text("url").notNull().default(""),
  },
  (t) => [index("menu_items_order_idx").on(t.parentId, t.sortOrder)],
);

/**
 * Old addresses of pages, albums, documents and videos readers could open, whose slug changed: each
 * leads, by a permanent redirect, to the one thing it belongs to (one of the four columns), at its
 * slug now. Articles keep theirs in article_slug_redirects. A thing published at one of these slugs
 * is what the address shows.
 */
export const movedSlugs = pgTable(
  "moved_slugs",
  {
    section: text("section", { enum: movedSlugSections }).notNull(),
    slug: text("slug").notNull(),
    pageId: integer("page_id").references(() => pages.id, { onDelete: "cascade" }),
    albumId: integer("album_id").references(() => albums.id, { onDelete: "cascade" }),
    documentId: integer("document_id").references(() => documents.id, { onDelete: "cascade" }),
    videoId: integer("video_id").references(() => videos.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.section, t.slug] })],
);

/**
 * The old portals' addresses (issue 17): every form of one old address reads back to one key
 * (core/legacy-addresses.ts), which leads to exactly one of an article, a category or a unit.
 */
export const legacyRedirects = pgTable(
  "legacy_redirects",
  {
    key: text("key").primaryKey(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "cascade" }),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "cascade" }),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("legacy_redirects_article_idx").on(t.articleId)],
);

/**
 * What an import wrote for each row of an old portal, per source and kind ("article", "category",
 * "user", "image"), so that a second run updates instead of adding, and an interrupted one goes on.
 * `fingerprint` is a hash of what was read: an unchanged row is not written again.
 */
export const legacyItems = pgTable(
  "legacy_items",
  {
    source: text("source", { enum: legacySources }).notNull(),
    kind: text("kind", { enum: legacyItemKinds }).notNull(),
    oldKey: text("old_key").notNull(),
    newId: integer("new_id").notNull(),
    fingerprint: text("fingerprint").notNull().default(""),
    importedAt: instant("imported_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.oldKey] })],
);

export type SiteSettingsRow = typeof siteSettings.$inferSelect;
export type Page = typeof pages.$inferSelect;
export type PageRevision = typeof pageRevisions.$inferSelect;
export type MenuItem = typeof menuItems.$inferSelect;

/** The forms of documents ("Kế hoạch", "Quyết định"…): an editable list (core/documents.ts has the first). */
export const documentForms = pgTable(
  "document_forms",
  {
    id: id(),
    name: text("name").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("document_forms_name_unique").on(t.name)],
);

/** Who issued a document: a unit of the site (unitId), or a body outside it ("UBND tỉnh"). */
export const documentIssuers = pgTable(
  "document_issuers",
  {
    id: id(),
    name: text("name").notNull(),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "set null" }),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("document_issuers_name_unique").on(t.name), uniqueIndex("document_issuers_unit_unique").on(t.unitId)],
);

/**
 * The documents register ("Văn bản", issue 16). Days are Vietnam calendar days as "YYYY-MM-DD",
 * which sort and compare as text on both dialects. `numberKey` and `searchText` are what the
 * register's search box reads (core/documents.ts, core/search-text.ts), written with the row.
 */
export const documents = pgTable(
  "documents",
  {
    id: id(),
    slug: text("slug").notNull(),
    formId: integer("form_id")
      .notNull()
      .references(() => documentForms.id, { onDelete: "restrict" }),
    issuerId: integer("issuer_id")
      .notNull()
      .references(() => documentIssuers.id, { onDelete: "restrict" }),
    /** Số/ký hiệu as written: "47/KH-LĐLĐ". */
    number: text("number").notNull().default(""),
    numberKey: text("number_key").notNull().default(""),
    issuedOn: text("issued_on").notNull(),
    inForceOn: text("in_force_on"),
    ceasesOn: text("ceases_on"),
    signer: text("signer").notNull().default(""),
    /** Trích yếu. */
    abstract: text("abstract").notNull(),
    /** Lĩnh vực. */
    field: text("field").notNull().default(""),
    legalStatus: text("legal_status", { enum: documentStatuses }).notNull().default("in-force"),
    searchText: text("search_text").notNull().default(""),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: instant("published_at"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("documents_slug_unique").on(t.slug),
    // The public register reads published documents newest issued first; id breaks ties.
    index("documents_public_idx").on(t.status, t.issuedOn, t.id),
    index("documents_form_public_idx").on(t.formId, t.status, t.issuedOn, t.id),
    index("documents_issuer_public_idx").on(t.issuerId, t.status, t.issuedOn, t.id),
    // The year-end report counts a period's published documents per issuing unit from the index alone.
    index("documents_published_idx").on(t.status, t.publishedAt, t.issuerId),
    // "A number already registered for the same form and year" is looked up by its key.
    index("documents_number_idx").on(t.numberKey, t.formId),
  ],
);

/** The files of a document (PDF, Word, Excel, OpenDocument), stored beside the media. */
export const documentFiles = pgTable(
  "document_files",
  {
    id: id(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull(),
    /** The name it is downloaded as (core/document-files.ts documentDownloadName). */
    fileName: text("file_name").notNull(),
    kind: text("kind", { enum: documentFileKinds }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** The storage key of its first page's image, for a PDF that could be drawn. */
    previewKey: text("preview_key"),
    sortOrder: integer("sort_order").notNull().default(0),
    downloadCount: integer("download_count").notNull().default(0),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("document_files_storage_key_unique").on(t.storageKey), index("document_files_document_idx").on(t.documentId, t.sortOrder)],
);

/** "Văn bản liên quan" under an article, in the order the editor chose. */
export const articleDocuments = pgTable(
  "article_documents",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.documentId] }), index("article_documents_document_idx").on(t.documentId)],
);

/**
 * A photo album ("Thư viện ảnh", issue 16): a congress or a campaign in pictures. `takenOn` is a
 * Vietnam calendar day as "YYYY-MM-DD", like the documents' days. The cover is one of its photos;
 * without one (or once it is removed) the first photo stands in.
 */
export const albums = pgTable(
  "albums",
  {
    id: id(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    takenOn: text("taken_on").notNull(),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "set null" }),
    /** An album_photos id of this album; not a foreign key, because the photos reference the album. */
    coverPhotoId: integer("cover_photo_id"),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: instant("published_at"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("albums_slug_unique").on(t.slug),
    // The public grid reads published albums newest first; id breaks ties.
    index("albums_public_idx").on(t.status, t.takenOn, t.id),
    index("albums_unit_public_idx").on(t.unitId, t.status, t.takenOn, t.id),
  ],
);

/** The photos of an album, in the order the editor set, each an image of the media library. */
export const albumPhotos = pgTable(
  "album_photos",
  {
    id: id(),
    albumId: integer("album_id")
      .notNull()
      .references(() => albums.id, { onDelete: "cascade" }),
    mediaId: integer("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "restrict" }),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("album_photos_album_media_unique").on(t.albumId, t.mediaId),
    index("album_photos_album_idx").on(t.albumId, t.sortOrder, t.id),
    index("album_photos_media_idx").on(t.mediaId),
  ],
);

/** "Xem thêm ảnh" under an article: at most one album per article. */
export const articleAlbums = pgTable(
  "article_albums",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    albumId: integer("album_id")
      .notNull()
      .references(() => albums.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.albumId] }),
    // One album per article.
    uniqueIndex("article_albums_article_unique").on(t.articleId),
    index("article_albums_album_idx").on(t.albumId),
  ],
);

/**
 * A video entry (issue 16): a YouTube video, played through youtube-nocookie.com (core/youtube.ts).
 * Only the video's id and start time are stored, never a link, so no other host can get in.
 */
export const videos = pgTable(
  "videos",
  {
    id: id(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    youtubeId: text("youtube_id").notNull(),
    startSeconds: integer("start_seconds").notNull().default(0),
    takenOn: text("taken_on").notNull(),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "set null" }),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: instant("published_at"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("videos_slug_unique").on(t.slug), index("videos_public_idx").on(t.status, t.takenOn, t.id)],
);

// PostgreSQL's own full-text type; drizzle has no built-in column for it.
const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

/**
 * The search index of published articles: PostgreSQL's counterpart of SQLite's FTS5 tables
 * (db/queries/search-index.ts). It differs by design, so the parity test leaves it out. title,
 * summary and body hold normaliseForSearch text (lower case, đ → d, no tone marks); the _exact
 * columns hold foldKeepingMarks text, for the exact-spelling boost. The tsvector columns hold
 * both as weighted documents (title A, summary B, body C), written by the app in tsvector's text
 * form (core/tsvector.ts): the same value as setweight(to_tsvector('simple', …)) || …, without
 * the server's parser, which cost most of an index rebuild.
 */
export const articleSearch = pgTable(
  "article_search",
  {
    articleId: integer("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    titleExact: text("title_exact").notNull(),
    summaryExact: text("summary_exact").notNull(),
    bodyExact: text("body_exact").notNull(),
    document: tsvector("document").notNull(),
    documentExact: tsvector("document_exact").notNull(),
  },
  (t) => [
    index("article_search_document_idx").using("gin", t.document),
    index("article_search_document_exact_idx").using("gin", t.documentExact),
    // For later substring matches (LIKE '%…%'); needs pg_trgm, enabled by the migration before this one.
    index("article_search_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
  ],
);
