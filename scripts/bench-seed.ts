// `npx tsx scripts/bench-seed.ts --articles 100000 [--file data/bench/bench-100000.db]`:
// writes the benchmark's database alone (npm run bench does this itself when needed).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { seedBulkDatabase } from "@/seeds/bulk";

const { values } = parseArgs({ options: { articles: { type: "string", default: "100000" }, file: { type: "string" } } });
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error("--articles phải là một số nguyên dương.");
  process.exit(2);
}
const file = values.file ?? `data/bench/bench-${articles}.db`;
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const result = await seedBulkDatabase(file, { articles, protectedPaths: process.env.DATABASE_PATH ? [process.env.DATABASE_PATH] : [] });
console.log(`Đã ghi ${result.articles.toLocaleString("vi-VN")} bài vào ${file} trong ${(result.ms / 1000).toFixed(1)} giây (chỉ mục tìm kiếm thêm ${(result.searchMs / 1000).toFixed(1)} giây).`);
