// `npm run db:copy -- --from sqlite:data/ban-tin.sqlite --to postgres://… [--force]`: moves a site
// from its SQLite file to PostgreSQL (or to another SQLite file) with every row, then verifies
// row counts and checksums table by table (db/copy.ts). The target is migrated first; one with
// data is refused unless --force. Stop the site (or leave it read-only) while it copies.
import { parseArgs } from "node:util";
import { isPostgresUrl } from "@/db/dialect";

const USAGE = "Cách dùng: npm run db:copy -- --from sqlite:ĐƯỜNG-DẪN-TỆP --to postgres://người-dùng:mật-khẩu@máy:cổng/tên [--force]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: { from?: string; to?: string; force?: boolean };
try {
  ({ values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, force: { type: "boolean", default: false } } }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const from = values.from?.replace(/^sqlite:/, "");
const to = values.to;
if (!from || !to) fail(USAGE);
if (isPostgresUrl(from)) fail("Nguồn phải là tệp SQLite của trang (sqlite:…): chép từ PostgreSQL sang nơi khác chưa được hỗ trợ; dùng pg_dump.");
const target = to.replace(/^sqlite:/, "");

// The tables and the search index are the target's: this process serves the target's dialect.
if (isPostgresUrl(target)) process.env.DATABASE_URL = target;
else delete process.env.DATABASE_URL;

const { closeDatabase, openDatabase } = await import("@/db/client");
const { copyDatabase, CopyRefused } = await import("@/db/copy");
const { describeLocation } = await import("@/db/dialect");
const { migratePostgres } = await import("@/db/postgres");

try {
  if (isPostgresUrl(target)) await migratePostgres(target);
  const db = openDatabase(target);
  try {
    console.log(`Đang chép ${from} sang ${describeLocation(target)} …`);
    const report = await copyDatabase(from, db, { force: values.force ?? false });
    for (const table of report.tables) console.log(`  ${table.name.padEnd(24)} ${String(table.rows).padStart(8)} dòng  sha256 ${table.checksum.slice(0, 16)}`);
    console.log(`Khớp với nguồn từng bảng (số dòng và tổng kiểm). Chỉ mục tìm kiếm: ${report.indexed} bài. Xong trong ${(report.ms / 1000).toFixed(1)} giây.`);
  } finally {
    await closeDatabase(db);
  }
} catch (error) {
  if (error instanceof CopyRefused) fail(error.message);
  fail(`Không chép được: ${error instanceof Error ? error.message : String(error)}`);
}
