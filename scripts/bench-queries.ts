// `npm run bench:queries -- [--database sqlite|postgres] [--articles 100000] [--iterations 300]`:
// what an uncached render asks of the database, timed in this process on the bench database
// (the same one `npm run bench` serves): an article page (the article, its series, "Tin liên quan",
// "Tin xem nhiều"), a listing page anywhere in the archive with its total and year range, and a
// search for a common word and for a rare one. Prints p50, p95 and p99 in milliseconds.
// First: --database postgres chooses the tables before anything imports them.
import { benchDialect } from "./bench/select-database";
import { parseArgs } from "node:util";
import { closeDatabase, openDatabase, type Database } from "@/db/client";
import { describeLocation } from "@/db/dialect";
import { mostReadArticles } from "@/db/queries/article-views";
import { publishedArticleBySlug, publishedArticlesPage, publishedSeriesParts, publishedYearRange, publicArticleAddresses } from "@/db/queries/public-articles";
import { relatedArticles, searchPublishedArticles } from "@/db/queries/search";
import { ensureBenchDatabase } from "./bench/bench-database";
import { rareVillages } from "@/seeds/bulk-text";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    iterations: { type: "string", default: "300" },
    "data-dir": { type: "string", default: "data/bench" },
    database: { type: "string", default: "sqlite" },
  },
});
const articles = Number(values.articles);
const iterations = Number(values.iterations);

const location = await ensureBenchDatabase(values["data-dir"] ?? "data/bench", articles, process.env.DATABASE_PATH ? [process.env.DATABASE_PATH] : []);
const db = openDatabase(location);

// A fixed sequence, so two runs (and two dialects) ask for the same pages.
let state = 20261130;
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

async function timed(name: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => (ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] ?? 0).toFixed(1);
  console.log(`${name.padEnd(44)} p50 ${at(50).padStart(7)}  p95 ${at(95).padStart(7)}  p99 ${at(99).padStart(7)} ms`);
}

/**
 * The rare search: of the villages the generator names about once in 10,000 articles, the first
 * word found in the fewest articles (but in one at least), e.g. "khuổi" of "Khuổi Luông".
 */
async function rareWord(database: Database): Promise<{ word: string; total: number } | null> {
  let best = { word: "", total: Number.POSITIVE_INFINITY };
  for (const word of rareVillages.map((village) => village.split(" ")[0] ?? village)) {
    const { total } = await searchPublishedArticles(database, { query: word }, { offset: 0, limit: 1 });
    if (total > 0 && total < best.total) best = { word, total };
  }
  return best.word ? best : null;
}

try {
  const slugs = (await publicArticleAddresses(db, { offset: 0, limit: 2000 })).map((a) => a.slug).sort(() => random() - 0.5);
  const rare = await rareWord(db);
  const common = "cong doan";
  const pages = Math.ceil(articles / 10);
  console.log(`${describeLocation(location)} · ${benchDialect} · ${articles.toLocaleString("vi-VN")} bài · ${iterations} lần mỗi phép đo · từ hiếm: ${rare ? `"${rare.word}" (${rare.total} bài)` : "không có (quá ít bài)"}`);

  await timed("Bài viết (bài, loạt bài, liên quan, xem nhiều)", async (i) => {
    const article = await publishedArticleBySlug(db, slugs[i % slugs.length] ?? "");
    if (!article) throw new Error("missing article");
    if (article.series) await publishedSeriesParts(db, article.series.id);
    await relatedArticles(db, { id: article.id, title: article.title, categoryId: article.categoryId, seriesId: article.series?.id ?? null });
    await mostReadArticles(db, { limit: 5, excludeId: article.id });
  });
  await timed("Tin tức, trang bất kỳ (10 tin, tổng số, năm)", async () => {
    await publishedArticlesPage(db, {}, { offset: Math.floor(random() * pages) * 10, limit: 10 });
    await publishedYearRange(db);
  });
  await timed("Chuyên mục 1, trang bất kỳ", async () => {
    await publishedArticlesPage(db, { categoryId: 1 }, { offset: Math.floor(random() * (pages / 4)) * 10, limit: 10 });
  });
  await timed(`Tìm kiếm từ phổ biến "${common}"`, () => searchPublishedArticles(db, { query: common }, { offset: 0, limit: 10 }));
  if (rare) await timed(`Tìm kiếm từ hiếm "${rare.word}"`, () => searchPublishedArticles(db, { query: rare.word }, { offset: 0, limit: 10 }));
} finally {
  await closeDatabase(db);
}
