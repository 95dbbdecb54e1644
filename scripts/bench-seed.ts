// `npx tsx scripts/bench-seed.ts --articles 100000 [--documents 20000] [--file data/bench/bench-100000.db | --file postgres://…]`:
// writes the benchmark's database alone (npm run bench does this itself when needed). A PostgreSQL
// database must exist and be empty; it is migrated first.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { isPostgresUrl } from "@/db/dialect";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" }, documents: { type: "string", default: "20000" }, file: { type: "string" } } });
const documents = Number(values.documents);
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error("--articles phải là một số nguyên dương.");
  process.exit(2);
}
const location = values.file ?? `data/bench/bench-${articles}.db`;
// The site's own databases are never the bench's (a database with content is refused as well).
const protectedPaths = [process.env.DATABASE_PATH, process.env.DATABASE_URL].filter((each): each is string => Boolean(each));
// The tables are the target's: this process serves the target's dialect (db/dialect.ts).
if (isPostgresUrl(location)) process.env.DATABASE_URL = location;
else {
  delete process.env.DATABASE_URL;
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(location + suffix, { force: true });
}
const { BENCH_ALBUMS, seedBulkDatabase } = await import("@/seeds/bulk");
const { describeLocation } = await import("@/db/dialect");
const result = await seedBulkDatabase(location, { articles, documents: Number.isInteger(documents) && documents > 0 ? documents : 0, albums: BENCH_ALBUMS, protectedPaths });
console.log(`Đã ghi ${result.articles.toLocaleString("vi-VN")} bài vào ${describeLocation(location)} trong ${(result.ms / 1000).toFixed(1)} giây (chỉ mục tìm kiếm thêm ${(result.searchMs / 1000).toFixed(1)} giây).`);
