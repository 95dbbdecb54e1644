import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDayKey } from "@/core/vi-date";
import type { Database } from "../client";
import { articles, type NewArticle, series } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase } from "../test-database";
import { type ArticleContent, changeArticleStatus, deleteArticle, saveArticleContent } from "./article-writes";
import { relatedArticles, searchPublishedArticles, type SearchFilter } from "./search";
import { ensureSearchIndex, rebuildSearchIndex } from "./search-index";
import { writeTransaction } from "@/db/transaction";
import { onlyRow } from "@/db/sql";

const NOW = new Date("2026-11-22T03:00:00Z");
const firstPage = { offset: 0, limit: 10 };

let handle: TestDatabase;
let db: Database;
let unitId: number;
let categoryId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db)).id;
  categoryId = (await insertCategory(db)).id;
});
afterEach(() => handle.close());

const article = async (values: Partial<NewArticle> = {}) => await insertArticle(db, { unitId, categoryId, ...values });
const search = async (query: string, filter: Omit<SearchFilter, "query"> = {}, page = firstPage) => await searchPublishedArticles(db, { query, ...filter }, page, NOW);
const titlesFor = async (query: string, filter: Omit<SearchFilter, "query"> = {}) => (await search(query, filter)).items.map((item) => item.title);

function day(key: string) {
  const parsed = parseDayKey(key);
  if (!parsed) throw new Error(key);
  return parsed;
}

describe("searchPublishedArticles", () => {
  it("finds the same articles with or without marks, in any case, with đ", async () => {
    await article({ title: "Công đoàn Viên chức tỉnh tổ chức Hội nghị" });
    await article({ title: "Tin khác", bodyHtml: "<p>Đoàn viên <strong>công đoàn viên chức</strong> tham gia.</p>" });
    await article({ title: "Công đoàn ngành Y tế" });
    const expected = ["Công đoàn Viên chức tỉnh tổ chức Hội nghị", "Tin khác"];
    for (const query of ["cong doan vien chuc", "CÔNG ĐOÀN VIÊN CHỨC", "Công đoàn Viên chức"]) {
      expect((await titlesFor(query)).sort(), query).toEqual(expected.sort());
    }
  });

  it("finds Đại hội when asked for dai hoi", async () => {
    await article({ title: "Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028" });
    await article({ title: "Hội nghị người lao động" });
    expect(await titlesFor("dai hoi")).toEqual(["Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028"]);
  });

  it("ranks the exact spelling first when the query has marks: đường before dương", async () => {
    await article({ title: "Ánh dương trên công trường", publishedAt: new Date("2024-01-02T00:00:00Z") });
    await article({ title: "Con đường đến với công nhân", publishedAt: new Date("2023-01-02T00:00:00Z") });
    expect(await titlesFor("đường")).toEqual(["Con đường đến với công nhân", "Ánh dương trên công trường"]);
    // without marks both are equally close, so the newer comes first
    expect(await titlesFor("duong")).toEqual(["Ánh dương trên công trường", "Con đường đến với công nhân"]);
  });

  it("weighs the title above the body, then prefers the newer article", async () => {
    await article({ title: "Tin trong thân bài", bodyHtml: "<p>Chuyện về an toàn lao động ở nhà máy.</p>", publishedAt: new Date("2024-05-01T00:00:00Z") });
    await article({ title: "An toàn lao động là trên hết", publishedAt: new Date("2020-05-01T00:00:00Z") });
    await article({ title: "Tháng an toàn lao động", publishedAt: new Date("2021-05-01T00:00:00Z") });
    expect(await titlesFor("an toan lao dong")).toEqual(["Tháng an toàn lao động", "An toàn lao động là trên hết", "Tin trong thân bài"]);
  });

  it("matches words in any order, and a quoted phrase only in its order", async () => {
    await article({ title: "Hội nghị viên chức công đoàn" });
    await article({ title: "Công đoàn viên chức ra mắt" });
    expect(await titlesFor("vien chuc cong doan")).toHaveLength(2);
    expect(await titlesFor('"vien chuc cong doan"')).toEqual(["Hội nghị viên chức công đoàn"]);
    expect(await titlesFor('"cong doan vien chuc"')).toEqual(["Công đoàn viên chức ra mắt"]);
  });

  it("highlights the matched words in the original title and an excerpt, escaping the rest", async () => {
    await article({ title: "Đại hội <Công đoàn> & bạn", summary: "", bodyHtml: `<p>${"Mở đầu. ".repeat(40)}Đại biểu dự <em>đại hội</em> đông đủ.</p>` });
    const [result] = (await search("dai hoi")).items;
    expect(result?.titleHtml).toBe("<mark>Đại</mark> <mark>hội</mark> &lt;Công đoàn&gt; &amp; bạn");
    expect(result?.excerptHtml).toMatch(/^… /);
    expect(result?.excerptHtml).toContain("<mark>Đại</mark> biểu dự <mark>đại</mark> <mark>hội</mark> đông đủ.");
    expect(result?.excerptHtml).not.toContain("<em>");
  });

  it("takes the excerpt from the summary when it matches there", async () => {
    await article({ title: "Trao quà", summary: "Trao 50 suất quà cho đoàn viên khó khăn.", bodyHtml: "<p>Đoàn viên nhận quà.</p>" });
    expect((await search("doan vien")).items[0]?.excerptHtml).toBe("Trao 50 suất quà cho <mark>đoàn</mark> <mark>viên</mark> khó khăn.");
  });

  it("filters by category, unit and a range of Vietnam days", async () => {
    const otherCategory = (await insertCategory(db)).id;
    const otherUnit = (await insertUnit(db)).id;
    await article({ title: "Hội thao A", publishedAt: new Date("2022-12-21T16:59:00Z") }); // 21/12 23:59 in Vietnam
    await article({ title: "Hội thao B", categoryId: otherCategory, publishedAt: new Date("2022-12-21T17:00:00Z") }); // 22/12 00:00
    await article({ title: "Hội thao C", unitId: otherUnit, publishedAt: new Date("2022-12-25T03:00:00Z") });
    expect(await titlesFor("hoi thao", { categoryId: otherCategory })).toEqual(["Hội thao B"]);
    expect(await titlesFor("hoi thao", { unitId: otherUnit })).toEqual(["Hội thao C"]);
    expect(await titlesFor("hoi thao", { from: day("2022-12-22") })).toEqual(["Hội thao C", "Hội thao B"]);
    expect(await titlesFor("hoi thao", { to: day("2022-12-21") })).toEqual(["Hội thao A"]);
    expect(await titlesFor("hoi thao", { from: day("2022-12-21"), to: day("2022-12-22") })).toEqual(["Hội thao B", "Hội thao A"]);
  });

  it("shows only public articles: not drafts, unpublished, or scheduled ones not yet due", async () => {
    await article({ title: "Hội diễn đã đăng" });
    await article({ title: "Hội diễn hẹn giờ", publishedAt: new Date("2026-11-22T04:00:00Z") });
    await article({ title: "Hội diễn nháp", status: "draft", publishedAt: null });
    await article({ title: "Hội diễn đã gỡ", status: "unpublished" });
    expect(await titlesFor("hoi dien")).toEqual(["Hội diễn đã đăng"]);
    // the scheduled one appears once its time has come, without touching the index
    const later = await searchPublishedArticles(db, { query: "hoi dien" }, firstPage, new Date("2026-11-22T04:00:00Z"));
    expect(later.items.map((i) => i.title)).toEqual(["Hội diễn hẹn giờ", "Hội diễn đã đăng"]);
  });

  it("pages ten at a time with the total", async () => {
    for (let n = 1; n <= 12; n++) await article({ title: `Giải bóng đá số ${n}`, publishedAt: new Date(Date.UTC(2022, 0, n)) });
    const second = await search("bong da", {}, { offset: 10, limit: 10 });
    expect(second.total).toBe(12);
    expect(second.items.map((i) => i.title)).toEqual(["Giải bóng đá số 2", "Giải bóng đá số 1"]);
  });

  it("ranks an article with the query's words in its title above newer, shorter ones that have them only in their text", async () => {
    // Words every article has ("công đoàn", "viên", "tỉnh") tell bm25 nothing, and it favours short
    // texts: a long report titled exactly as the reader typed sank below any short note that said
    // "Công đoàn Viên chức tỉnh thăm hỏi … dài ngày" (CI, 2026-12-06).
    const report = "<p>Đại biểu thảo luận văn kiện, bầu ban chấp hành và thông qua nghị quyết nhiệm kỳ mới.</p>".repeat(40);
    await article({ title: "Đại hội Công đoàn Viên chức tỉnh lần thứ VI", bodyHtml: report, publishedAt: new Date("2023-06-01T02:00:00Z") });
    for (let month = 1; month <= 11; month++) {
      await article({
        title: `Thăm hỏi đoàn viên khó khăn tháng ${month}`,
        bodyHtml: "<p>Công đoàn Viên chức tỉnh thăm hỏi đoàn viên điều trị dài ngày.</p>",
        publishedAt: new Date(Date.UTC(2026, month - 1, 5)),
      });
    }
    for (const query of ["dai hoi cong doan vien chuc tinh", "Đại hội Công đoàn Viên chức tỉnh"]) {
      expect((await titlesFor(query))[0], query).toBe("Đại hội Công đoàn Viên chức tỉnh lần thứ VI");
    }
    // More of the words in the title ranks higher; the same number, the newer first.
    expect((await titlesFor("tham hoi doan vien dai ngay")).slice(0, 2)).toEqual(["Thăm hỏi đoàn viên khó khăn tháng 11", "Thăm hỏi đoàn viên khó khăn tháng 10"]);
  });

  it("ranks only the newest matches past the window, says so, and still ranks the exact spelling and the title first within it", async () => {
    // Ids follow insertion: the window holds the 4 articles written last.
    await article({ title: "Đường lao động cũ nhất", publishedAt: new Date("2026-01-01T00:00:00Z") });
    await article({ title: "Tin cũ", bodyHtml: "<p>Con đường lao động.</p>", publishedAt: new Date("2026-02-01T00:00:00Z") });
    await article({ title: "Tin mới một", bodyHtml: "<p>Ánh dương lao động.</p>", publishedAt: new Date("2026-03-01T00:00:00Z") });
    await article({ title: "Dương lao động", publishedAt: new Date("2026-04-01T00:00:00Z") });
    await article({ title: "Tin mới ba", bodyHtml: "<p>Con đường lao động.</p>", publishedAt: new Date("2026-05-01T00:00:00Z") });
    await article({ title: "Tin mới bốn", bodyHtml: "<p>Ánh dương lao động.</p>", publishedAt: new Date("2026-06-01T00:00:00Z") });
    const windowed = async (query: string) => await searchPublishedArticles(db, { query }, firstPage, NOW, 4);
    const marked = await windowed("đường");
    expect(marked).toMatchObject({ total: 4, capped: true });
    expect(marked.items.map((i) => i.title)).toEqual(["Tin mới ba", "Dương lao động", "Tin mới bốn", "Tin mới một"]);
    // Within the window, when everything fits, nothing is capped and all are ranked.
    expect(await searchPublishedArticles(db, { query: "duong" }, firstPage, NOW, 6)).toMatchObject({ total: 6, capped: false });
    expect((await searchPublishedArticles(db, { query: "duong" }, firstPage, NOW, 6)).items[0]?.title).toBe("Dương lao động");
  });

  it.each([
    ["FTS syntax", 'NEAR(hoi "thao" * ^ : - AND OR'],
    ["only syntax characters", '*"():^-'],
    ["1,000 characters", "Hội thao ".repeat(125)],
    ["an empty query", ""],
  ])("answers %s without an error", async (_, query) => {
    await article({ title: "Hội thao công nhân" });
    await expect(search(query)).resolves.toBeDefined();
  });

  it("treats FTS operators as words", async () => {
    await article({ title: "Hội thao công nhân" });
    expect((await search("hoi OR xyz")).total).toBe(0);
    expect((await search("hoi thao NOT")).total).toBe(0);
  });
});

describe("the search index follows the articles", () => {
  const content = (values: Partial<ArticleContent>): ArticleContent => ({
    title: "Hội nghị tổng kết",
    slug: "hoi-nghi-tong-ket",
    summary: "",
    bodyHtml: "",
    coverMediaId: null,
    coverCaption: "",
    byline: "",
    categoryId,
    unitId,
    seriesId: null,
    seriesPart: null,
    isFeatured: false,
    ...values,
  });

  it("finds an article once published, and its new words after an edit but not its old ones", async () => {
    const editor = await insertUser(db, { role: "editor" });
    const draft = await article({ title: "Hội nghị tổng kết", status: "draft", publishedAt: null });
    expect((await search("tong ket")).total).toBe(0);

    await writeTransaction(db, (tx) => changeArticleStatus(tx, draft.id, "publish", { status: "published", publishedAt: new Date("2026-11-01T00:00:00Z") }, editor.id, NOW));
    expect(await titlesFor("tong ket")).toEqual(["Hội nghị tổng kết"]);

    const saved = await writeTransaction(db, (tx) => saveArticleContent(tx, { id: draft.id, baseVersion: draft.version, content: content({ title: "Hội nghị sơ kết", slug: "hoi-nghi-so-ket", bodyHtml: "<p>Phong trào thi đua</p>" }), savedBy: editor.id, kind: "save", now: NOW }));
    expect(saved.ok).toBe(true);
    expect((await search("tong ket")).total).toBe(0);
    expect(await titlesFor("so ket")).toEqual(["Hội nghị sơ kết"]);
    expect(await titlesFor("phong trao thi dua")).toEqual(["Hội nghị sơ kết"]);
  });

  it("forgets an article when it is unpublished or deleted", async () => {
    const editor = await insertUser(db, { role: "editor" });
    const one = await article({ title: "Mít tinh kỷ niệm" });
    const two = await article({ title: "Mít tinh hưởng ứng" });
    expect((await search("mit tinh")).total).toBe(2);
    await writeTransaction(db, (tx) => changeArticleStatus(tx, one.id, "unpublish", { status: "unpublished" }, editor.id, NOW));
    expect(await titlesFor("mit tinh")).toEqual(["Mít tinh hưởng ứng"]);
    await writeTransaction(db, (tx) => deleteArticle(tx, two.id));
    expect((await search("mit tinh")).total).toBe(0);
  });

  it("is filled again by a rebuild, and rebuilt when it does not match the published articles", async () => {
    await writeTransaction(db, (tx) => tx.insert(articles).values({ title: "Tọa đàm nữ công", slug: "toa-dam", unitId, categoryId, status: "published", publishedAt: new Date("2025-01-01T00:00:00Z") }));
    expect((await search("toa dam")).total).toBe(0);
    expect(await ensureSearchIndex(db)).toBe(true);
    expect(await titlesFor("toa dam")).toEqual(["Tọa đàm nữ công"]);
    expect(await ensureSearchIndex(db)).toBe(false);
    expect(await rebuildSearchIndex(db)).toBe(1);
    expect(await titlesFor("tọa đàm")).toEqual(["Tọa đàm nữ công"]);
  });
});

describe("relatedArticles", () => {
  it("lists same-category articles with similar words first, and never the parts of the article's series", async () => {
    const otherCategory = (await insertCategory(db)).id;
    const seriesId = onlyRow(await writeTransaction(db, (tx) => tx.insert(series).values({ title: "Loạt bài", slug: "loat-bai" }).returning())).id;
    const current = await article({ title: "Nhà ở cho công nhân khu công nghiệp", seriesId, seriesPart: 2 });
    await article({ title: "Nhà ở công nhân: kỳ một", seriesId, seriesPart: 1 });
    await article({ title: "Kỳ ba chưa đăng", seriesId, seriesPart: 3, publishedAt: new Date("2027-01-01T00:00:00Z") });
    await article({ title: "Công nhân khu công nghiệp được hỗ trợ", categoryId: otherCategory });
    await article({ title: "Nhà ở xã hội cho công nhân" });
    await article({ title: "Giải cầu lông" });
    const titles = (await relatedArticles(db, current, 5, NOW)).map((a) => a.title);
    expect(titles).toEqual(["Nhà ở xã hội cho công nhân", "Công nhân khu công nghiệp được hỗ trợ"]);
  });

  it("gives at most the limit and never the article itself", async () => {
    const current = await article({ title: "Hội thao công nhân" });
    for (let n = 0; n < 8; n++) await article({ title: `Hội thao số ${n}` });
    const related = await relatedArticles(db, current, 5, NOW);
    expect(related).toHaveLength(5);
    expect(related.map((a) => a.id)).not.toContain(current.id);
  });
});
