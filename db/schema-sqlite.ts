import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { AuditAction } from "@/core/audit";
import { documentFileKinds } from "@/core/document-files";
import { articlePhotoCount } from "./article-photo-count";
import { documentStatuses } from "@/core/documents";
import { articleStatuses, roles } from "@/core/permissions";
import { revisionKinds } from "@/core/editor-save";
import { workflowActions } from "@/core/workflow";
import { legacyItemKinds, legacySources } from "@/core/legacy-addresses";
import { movedSlugSections } from "@/core/moved-slugs";

// Times are UTC instants stored as epoch milliseconds; they are shown in Vietnam time.
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);


/** The provincial union and its sub-units, as a tree. */
export const units = sqliteTable(
  "units",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => units.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    slug: text("slug").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("units_slug_unique").on(t.slug), index("units_parent_idx").on(t.parentId, t.sortOrder)],
);

export const categories = sqliteTable(
  "categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("categories_slug_unique").on(t.slug)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: roles }).notNull(),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "restrict" }),
    isActive: integer("is_active", { mode: "boolean" }).notNull().default(true),
    /** Carried in the session token; raising it ends every open session of the account. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Set when an admin creates or resets the account: a new password is chosen at sign-in. */
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_username_unique").on(t.username)],
);

/** Stored image files; the bytes live under the data folder, in several widths. */
export const media = sqliteTable("media", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Names the files on disk: `${storageKey}-${width}.webp` / `.jpg`. */
  storageKey: text("storage_key").notNull().unique(),
  originalName: text("original_name").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  /** The widths generated, ascending, as JSON, e.g. [480,960,1600]. */
  variantWidths: text("variant_widths", { mode: "json" }).$type<number[]>().notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  alt: text("alt").notNull().default(""),
  /** Who took it or where it comes from ("Ảnh: Nguyễn Văn An", "Nguồn: TTXVN"), shown in the library. */
  credit: text("credit").notNull().default(""),
  uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

/** A loạt bài: articles published as numbered parts. */
export const series = sqliteTable(
  "series",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("series_slug_unique").on(t.slug)],
);

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
    isFeatured: integer("is_featured", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    /** When it becomes public; a future time means scheduled. */
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    viewCount: integer("view_count").notNull().default(0),
    /** When it was last sent for review ("Gửi duyệt"): the review queue is oldest first. */
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    /** The reviewer's comment when an article is sent back; shown to its author. */
    reviewComment: text("review_comment").notNull().default(""),
    /** Raised by every save; a save based on an older version is refused. */
    version: integer("version").notNull().default(1),
    /** Its photos, for the year-end report: computed by the database (db/article-photo-count.ts). */
    photoCount: integer("photo_count").generatedAlwaysAs(articlePhotoCount, { mode: "virtual" }),
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

/**
 * Views of an article per Vietnam calendar day ("2026-11-22"), added by the batched flush of the
 * view counter; "Tin xem nhiều" sums the last 30 days. articles.view_count keeps the all-time total.
 */
export const articleDailyViews = sqliteTable(
  "article_daily_views",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  // Most read reads a range of days and sums per article: the index covers it without the table.
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_daily_views_day_idx").on(t.day, t.articleId, t.views)],
);

/**
 * How many articles are published (status "published" with a publish time, scheduled ones
 * included) per listing: scope "all" (id 0), "category" or "unit". Kept in step by triggers on
 * articles (migration 0006), so "Tổng số" never counts the whole table; the public count
 * subtracts the few scheduled-not-yet-due rows with an indexed count. See docs/decisions/0005.
 */
export const articleCounts = sqliteTable(
  "article_counts",
  {
    scope: text("scope", { enum: ["all", "category", "unit"] }).notNull(),
    scopeId: integer("scope_id").notNull(),
    published: integer("published").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scope, t.scopeId] })],
);

/** Every save of an article keeps a copy of what was saved, who saved it and when. */
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    /** "save", "autosave" or "restore": autosaves by the same person within minutes share one revision. */
    kind: text("kind", { enum: revisionKinds }).notNull(),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.savedAt)],
);

/**
 * The workflow trail of an article: each "Gửi duyệt", "Trả lại", "Xuất bản" and "Gỡ bài", who and
 * when (issue 18). The year-end report counts the steps taken in a period and the time from a
 * submission to its publication from it; revisions keep content, not steps, and the audit log names
 * its target in words. Only ever inserted, by changeArticleStatus; it goes with its article.
 */
export const articleEvents = sqliteTable(
  "article_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    action: text("action", { enum: workflowActions }).notNull(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("article_events_action_idx").on(t.action, t.at, t.articleId), index("article_events_article_idx").on(t.articleId, t.action, t.at)],
);

/** Old addresses of published articles whose slug changed: they redirect permanently. */
export const articleSlugRedirects = sqliteTable("article_slug_redirects", {
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
export const publicationExpiries = sqliteTable("publication_expiries", {
  dueAt: integer("due_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.dueAt] })]);

/** Every sign-in attempt, kept in the database so a lock-out survives a restart. */
export const signInAttempts = sqliteTable(
  "sign_in_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** As typed (trimmed, lower-cased): attempts on names that do not exist count too. */
    username: text("username").notNull(),
    ip: text("ip").notNull(),
    succeeded: integer("succeeded", { mode: "boolean" }).notNull(),
    attemptedAt: integer("attempted_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sign_in_attempts_username_idx").on(t.username, t.attemptedAt), index("sign_in_attempts_ip_idx").on(t.ip, t.attemptedAt)],
);



/** Who did what, when and from where. Only ever inserted: the app has no way to edit or delete it. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    /** Kept as text too, so the entry still says who when the account is gone. */
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    action: text("action").$type<AuditAction>().notNull(),
    /** What it was done to, in words: "Bài: Hội nghị …", "Tài khoản: bientap". */
    target: text("target").notNull().default(""),
    detail: text("detail").notNull().default(""),
    ip: text("ip").notNull().default(""),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_action_idx").on(t.action, t.at), index("audit_log_actor_idx").on(t.actorId, t.at)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * The union's own site settings (name, slogans, emblem, contacts, footer lines, social and related
 * links): one row, id 1, its fields as JSON parsed by core/site-settings.ts, so a field added later
 * needs no migration and an old revision still parses. Raised `version` refuses a stale save.
 */
export const siteSettings = sqliteTable("site_settings", {
  id: integer("id").primaryKey(),
  content: text("content", { mode: "json" }).$type<unknown>().notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

/** Every saved version of the site settings: who changed what and when; an earlier one can be put back. */
export const siteSettingsRevisions = sqliteTable(
  "site_settings_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The settings' version this revision produced. */
    version: integer("version").notNull(),
    content: text("content", { mode: "json" }).$type<unknown>().notNull(),
    /** "save" or "restore". */
    kind: text("kind", { enum: ["save", "restore"] }).notNull(),
    savedBy: integer("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("site_settings_revisions_saved_idx").on(t.savedAt)],
);

/** Pages of the "about" section (Giới thiệu, Lịch sử truyền thống, Liên hệ…), public under /gioi-thieu/<slug>. */
export const pages = sqliteTable(
  "pages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The page it is nested under (breadcrumbs); a parent with children cannot be deleted. */
    parentId: integer("parent_id").references((): AnySQLiteColumn => pages.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    summary: text("summary").notNull().default(""),
    /** Sanitised HTML, as articles' bodies. */
    bodyHtml: text("body_html").notNull().default(""),
    /** The content's language: "vi", or "en" for an English "About us" (lang="en" on its content). */
    lang: text("lang", { enum: ["vi", "en"] }).notNull().default("vi"),
    /** Whether "Liên hệ"-style pages show the contact block from the site settings under their text. */
    showContacts: integer("show_contacts", { mode: "boolean" }).notNull().default(false),
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
export const pageRevisions = sqliteTable(
  "page_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("page_revisions_page_idx").on(t.pageId, t.savedAt)],
);

/**
 * The public navigation: ordered items with one level of sub-items. An item points at the home
 * page, a category, a unit or a page (by id: one deleted since is flagged in the admin screen and
 * hidden publicly), an internal path, or an external link (opened in a new tab).
 */
export const menuItems = sqliteTable(
  "menu_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => menuItems.id, { onDelete: "cascade" }),
    sortOrder: integer("sort_order").notNull().default(0),
    label: text("label").notNull(),
    kind: text("kind", { enum: ["home", "category", "unit", "page", "path", "external"] }).notNull(),
    /** The category, unit or page it points at. */
    targetId: integer("target_id"),
    /** The internal path ("/tin-tuc") or the external address. */
    url: text("url").notNull().default(""),
  },
  (t) => [index("menu_items_order_idx").on(t.parentId, t.sortOrder)],
);

/** The forms of documents ("Kế hoạch", "Quyết định"…): an editable list (core/documents.ts has the first). */
export const documentForms = sqliteTable(
  "document_forms",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("document_forms_name_unique").on(t.name)],
);

/** Who issued a document: a unit of the site (unitId), or a body outside it ("UBND tỉnh"). */
export const documentIssuers = sqliteTable(
  "document_issuers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
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
export const documentFiles = sqliteTable(
  "document_files",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
export const articleDocuments = sqliteTable(
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
export const albums = sqliteTable(
  "albums",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    takenOn: text("taken_on").notNull(),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "set null" }),
    /** An album_photos id of this album; not a foreign key, because the photos reference the album. */
    coverPhotoId: integer("cover_photo_id"),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
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
export const albumPhotos = sqliteTable(
  "album_photos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
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
export const articleAlbums = sqliteTable(
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
export const videos = sqliteTable(
  "videos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    youtubeId: text("youtube_id").notNull(),
    startSeconds: integer("start_seconds").notNull().default(0),
    takenOn: text("taken_on").notNull(),
    unitId: integer("unit_id").references(() => units.id, { onDelete: "set null" }),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("videos_slug_unique").on(t.slug), index("videos_public_idx").on(t.status, t.takenOn, t.id)],
);

/**
 * Old addresses of pages, albums, documents and videos readers could open, whose slug changed: each
 * leads, by a permanent redirect, to the one thing it belongs to (one of the four columns), at its
 * slug now. Articles keep theirs in article_slug_redirects. A thing published at one of these slugs
 * is what the address shows.
 */
export const movedSlugs = sqliteTable(
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
export const legacyRedirects = sqliteTable(
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
export const legacyItems = sqliteTable(
  "legacy_items",
  {
    source: text("source", { enum: legacySources }).notNull(),
    kind: text("kind", { enum: legacyItemKinds }).notNull(),
    oldKey: text("old_key").notNull(),
    newId: integer("new_id").notNull(),
    fingerprint: text("fingerprint").notNull().default(""),
    importedAt: integer("imported_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.oldKey] })],
);

export type SiteSettingsRow = typeof siteSettings.$inferSelect;
export type Page = typeof pages.$inferSelect;
export type PageRevision = typeof pageRevisions.$inferSelect;
export type MenuItem = typeof menuItems.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type DocumentFile = typeof documentFiles.$inferSelect;
export type Album = typeof albums.$inferSelect;
export type AlbumPhoto = typeof albumPhotos.$inferSelect;
export type Video = typeof videos.$inferSelect;
