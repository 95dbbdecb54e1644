// The bench database: seeded once per size and schema, then reused; and the pages to load on it.
import fs from "node:fs";
import { DOCUMENTS_PER_PAGE } from "@/core/document-register-query";
import { ALBUMS_PER_PAGE } from "@/core/pagination";
import { ALBUMS_PATH, albumPath } from "@/core/public-routes";
import { dayKey, vietnamCalendarDay } from "@/core/vi-date";
import { latestKnownMigration } from "@/db/backup";
import { closeDatabase, openDatabase, type Database } from "@/db/client";
import { publishedGroups } from "@/db/queries/report";
import { type ReportPeriod, yearPeriod } from "@/core/report-period";
import type { ReportBenchTarget } from "./report-bench";
import { listCategories, listUnits } from "@/db/queries/taxonomy";
import { editableArticle } from "@/db/queries/workspace-articles";
import { BENCH_ALBUMS, seedBulkDatabase } from "@/seeds/bulk";
import pg from "pg";
import { describeLocation, isPostgresUrl } from "@/db/dialect";
import { pendingPostgresMigrations, recreateDatabase } from "@/db/postgres";
import { publicAlbumAddresses, publishedAlbumsPage } from "@/db/queries/albums";
import { publicArticleCount } from "@/db/queries/public-articles";
import { publishedDocumentCount } from "@/db/queries/documents";
import { legacyRedirectCount } from "@/db/queries/legacy-redirects";
import { autosaveFields } from "./editor-saves";
import { benchDatabaseLocation } from "./select-database";


/**
 * The bench database of this size, seeded now unless one of the same size and schema is there:
 * data/bench/bench-<N>.db, or on PostgreSQL the database bench_<N> on the bench server.
 */
export async function ensureBenchDatabase(dir: string, articles: number, protectedPaths: string[], documents = 0): Promise<string> {
  const location = benchDatabaseLocation(dir, articles);
  if (isPostgresUrl(location)) return ensurePostgresBenchDatabase(location, articles, documents);
  const file = location;
  const stamp = `${file}.json`;
  const wanted = { articles, documents, albums: BENCH_ALBUMS, oldAddresses: true, schema: latestKnownMigration().tag };
  const existing = fs.existsSync(stamp) && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(stamp, "utf8")) as Partial<typeof wanted>) : null;
  if (existing?.articles === wanted.articles && (existing.documents ?? 0) === wanted.documents && existing.albums === wanted.albums && existing.oldAddresses === wanted.oldAddresses && existing.schema === wanted.schema) {
    console.log(`Dùng lại ${file} (${articles.toLocaleString("vi-VN")} bài, ${documents.toLocaleString("vi-VN")} văn bản, ${BENCH_ALBUMS.toLocaleString("vi-VN")} album, lược đồ ${wanted.schema}).`);
    return file;
  }
  for (const suffix of ["", "-wal", "-shm", ".json"]) fs.rmSync(file + suffix, { force: true });
  console.log(`Đang tạo ${file} với ${articles.toLocaleString("vi-VN")} bài, ${documents.toLocaleString("vi-VN")} văn bản và ${BENCH_ALBUMS.toLocaleString("vi-VN")} album …`);
  const result = await seedBulkDatabase(file, { articles, documents, albums: BENCH_ALBUMS, protectedPaths });
  console.log(`Đã ghi ${result.articles.toLocaleString("vi-VN")} bài trong ${(result.ms / 1000).toFixed(1)} giây (chỉ mục tìm kiếm thêm ${(result.searchMs / 1000).toFixed(1)} giây).`);
  fs.writeFileSync(stamp, JSON.stringify({ ...wanted, seedSeconds: result.ms / 1000 }));
  return file;
}

/** Reused when migrated and holding exactly this many articles; else made again from nothing. */
export async function ensurePostgresBenchDatabase(url: string, articles: number, documents: number): Promise<string> {
  const name = new URL(url).pathname.slice(1);
  const maintenance = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await maintenance.connect();
  try {
    const exists = (await maintenance.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    if (exists && (await pendingPostgresMigrations(url)) === 0) {
      const db = openDatabase(url);
      try {
        if ((await publicArticleCount(db, {})) === articles && (await publishedDocumentCount(db)) === documents && (await publishedAlbumsPage(db, { offset: 0, limit: 1 })).total === BENCH_ALBUMS && (await legacyRedirectCount(db)) === articles) {
          console.log(`Dùng lại ${describeLocation(url)} (${articles.toLocaleString("vi-VN")} bài).`);
          return url;
        }
      } finally {
        await closeDatabase(db);
      }
    }
  } finally {
    await maintenance.end();
  }
  await recreateDatabase(url);
  console.log(`Đang tạo ${describeLocation(url)} với ${articles.toLocaleString("vi-VN")} bài …`);
  const result = await seedBulkDatabase(url, { articles, documents, albums: BENCH_ALBUMS, protectedPaths: [] });
  console.log(`Đã ghi ${result.articles.toLocaleString("vi-VN")} bài trong ${(result.ms / 1000).toFixed(1)} giây (chỉ mục tìm kiếm thêm ${(result.searchMs / 1000).toFixed(1)} giây).`);
  return url;
}

export type BenchTargets = {
  /** `status`: what the page answers instead of 200 (an old address's permanent redirect). */
  pages: { name: string; path: string; status?: number }[];
  article: { id: number; path: string; version: number; fields: Record<string, string> };
  report: ReportBenchTarget;
};

/** The public pages of the issue, on content that exists in this database. */
/**
 * The year-end report's bench (issue 18): the last whole year (a tenth of the articles), and a
 * spreadsheet of the two whole years before now (a fifth: 20,000 at 100,000 articles).
 */
async function reportTarget(db: Database): Promise<ReportBenchTarget> {
  const now = new Date();
  const year = vietnamCalendarDay(now).year - 1;
  const all = { unitIds: null, authorId: null };
  const twoYears = { kind: "days", first: { year: year - 1, month: 1, day: 1 }, last: { year, month: 12, day: 31 } } as const;
  const articlesIn = async (period: ReportPeriod) => (await publishedGroups(db, all, period, now)).reduce((sum, group) => sum + group.articles, 0);
  return {
    yearPath: `/quan-tri/thong-ke?ky=nam&nam=${year}`,
    yearArticles: await articlesIn(yearPeriod(year)),
    exportPath: `/api/thong-ke/excel?ky=khoang&tu=01/01/${year - 1}&den=31/12/${year}`,
    exportArticles: await articlesIn(twoYears),
  };
}

export async function benchTargets(location: string, articles: number, documents = 0): Promise<BenchTargets> {
  const db = openDatabase(location);
  try {
    const middle = await editableArticle(db, Math.ceil(articles / 2));
    const category = (await listCategories(db))[0];
    const unit = (await listUnits(db))[1];
    const albums = await publicAlbumAddresses(db);
    const album = albums[Math.floor(albums.length / 2)];
    if (!middle || !category || !unit || !album) throw new Error(`${describeLocation(location)} thiếu bài, chuyên mục, đơn vị hoặc album: hãy xóa tệp để tạo lại.`);
    const deepPage = Math.min(5000, Math.ceil(articles / 10));
    const deepAlbumPage = Math.ceil(albums.length / ALBUMS_PER_PAGE);
    const day = dayKey(vietnamCalendarDay(middle.publishedAt ?? new Date()));
    // The bulk seed's articles have no cover: the fields are those the bench always sent.
    const fields = autosaveFields(middle);
    return {
      pages: [
        { name: "Trang chủ", path: "/" },
        { name: "Tin tức", path: "/tin-tuc" },
        { name: `Tin tức trang ${deepPage}`, path: `/tin-tuc?trang=${deepPage}` },
        { name: "Chuyên mục", path: `/chuyen-muc/${category.slug}` },
        { name: "Đơn vị", path: `/don-vi/${unit.slug}` },
        { name: "Bài viết", path: `/tin-tuc/${middle.slug}` },
        { name: "Lọc theo ngày", path: `/tin-tuc?ngay=${day}` },
        { name: "Tìm kiếm", path: "/tim-kiem?q=cong+doan" },
        ...(documents > 0 ? documentPages(documents) : []),
        { name: "Thư viện ảnh", path: ALBUMS_PATH },
        { name: `Thư viện ảnh trang ${deepAlbumPage}`, path: `${ALBUMS_PATH}?trang=${deepAlbumPage}` },
        { name: "Album", path: albumPath(album.slug) },
        // The bulk seed gives every article the old Joomla addresses of its own id (issue 17).
        { name: "Địa chỉ cũ Joomla", path: `/tin-tuc-su-kien/${middle.id}-bai-viet-cu.html`, status: 308 },
        { name: "Địa chỉ cũ index.php", path: `/index.php?option=com_content&view=article&id=${middle.id}&Itemid=101`, status: 308 },
      ],
      article: { id: middle.id, path: `/tin-tuc/${middle.slug}`, version: middle.version, fields },
      report: await reportTarget(db),
    };
  } finally {
    await closeDatabase(db);
  }
}

/** The register like the listings: its first page, a deep page, and a search by words with a filter. */
function documentPages(documents: number): { name: string; path: string }[] {
  const deepPage = Math.min(500, Math.ceil(documents / DOCUMENTS_PER_PAGE));
  return [
    { name: "Văn bản", path: "/van-ban" },
    { name: `Văn bản trang ${deepPage}`, path: `/van-ban?trang=${deepPage}` },
    { name: "Tra cứu văn bản", path: "/van-ban?q=thang+cong+nhan&hieu-luc=con-hieu-luc" },
    { name: "Văn bản theo số", path: "/van-ban?q=12%2FKH" },
  ];
}
