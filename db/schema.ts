// The tables every query imports, for the database this process serves (db/dialect.ts). The two
// declarations, db/schema-sqlite.ts and db/schema-postgres.ts, have the same tables, columns,
// keys and indexes (db/schema-parity.test.ts) and hand back the same JS values, so query code is
// written once against the SQLite declaration's types. See docs/decisions/0015.
import { activeDialect } from "./dialect";
import * as postgres from "./schema-postgres";
import * as sqlite from "./schema-sqlite";

// The one place where PostgreSQL's tables are typed as SQLite's: the query builder's surface used
// by db/queries (db/client.ts Database) is the same on both, and the parity test proves the columns.
const chosen = (activeDialect() === "postgres" ? postgres : sqlite) as unknown as typeof sqlite;

export const {
  units,
  categories,
  users,
  media,
  series,
  articles,
  articleDailyViews,
  articleCounts,
  articleRevisions,
  articleEvents,
  articleSlugRedirects,
  signInAttempts,
  publicationExpiries,
  auditLog,
  siteSettings,
  siteSettingsRevisions,
  pages,
  pageRevisions,
  menuItems,
  documentForms,
  documentIssuers,
  documents,
  documentFiles,
  articleDocuments,
  albums,
  albumPhotos,
  articleAlbums,
  videos,
  movedSlugs,
  legacyRedirects,
  legacyItems,
} = chosen;

export type {
  Unit,
  Category,
  User,
  Media,
  Series,
  Article,
  NewArticle,
  ArticleRevision,
  AuditEntry,
  SiteSettingsRow,
  Page,
  PageRevision,
  MenuItem,
  Document,
  DocumentFile,
  Album,
  AlbumPhoto,
  Video,
} from "./schema-sqlite";
