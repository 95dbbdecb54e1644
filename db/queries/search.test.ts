import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDayKey } from "@/core/vi-date";
import type { Database } from "../client";
import { articles, type NewArticle, series } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser } from "../test-database";
import { type ArticleContent, changeArticleStatus, deleteArticle, saveArticleContent } from "./article-writes";
import { relatedArticles, searchPublishedArticles, type SearchFilter } from "./search";
import { ensureSearchIndex, rebuildSearchIndex } from "./search-index";

const NOW = new Date("2026-11-22T03:00:00Z");
const firstPage = { offset: 0, limit: 10 };

let handle: ReturnType<typeof createTestDatabase>;
let db: Database;
let unitId: number;
let categoryId: number;

beforeEach(() => {
  handle = createTestDatabase();
  db = handle.db;
  unitId = insertUnit(db).id;
  categoryId = insertCategory(db).id;
});
afterEach(() => handle.close());

const article = (values: Partial<NewArticle> = {}) => insertArticle(db, { unitId, categoryId, ...values });
const search = (query: string, filter: Omit<SearchFilter, "query"> = {}, page = firstPage) => searchPublishedArticles(db, { query, ...filter }, page, NOW);
const titlesFor = (query: string, filter: Omit<SearchFilter, "query"> = {}) => search(query, filter).items.map((item) => item.title);

function day(key: string) {
  const parsed = parseDayKey(key);
  if (!parsed) throw new Error(key);
  return parsed;
}

describe("searchPublishedArticles", () => {
  it("finds the same articles with or without marks, in any case, with đ", () => {
    article({ title: "Công đoàn Viên chức tỉnh tổ chức Hội nghị" });
    article({ title: "Tin khác", bodyHtml: "<p>Đoàn viên <strong>công đoàn viên chức</strong> tham gia.</p>" });
    article({ title: "Công đoàn ngành Y tế" });
    const expected = ["Công đoàn Viên chức tỉnh tổ chức Hội nghị", "Tin khác"];
    for (const query of ["cong doan vien chuc", "CÔNG ĐOÀN VIÊN CHỨC", "Công đoàn Viên chức"]) {
      expect(titlesFor(query).sort(), query).toEqual(expected.sort());
    }
  });

  it("finds Đại hội when asked for dai hoi", () => {
    article({ title: "Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028" });
    article({ title: "Hội nghị người lao động" });
    expect(titlesFor("dai hoi")).toEqual(["Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028"]);
  });

  it("ranks the exact spelling first when the query has marks: đường before dương", () => {
    article({ title: "Ánh dương trên công trường", publishedAt: new Date("2024-01-02T00:00:00Z") });
    article({ title: "Con đường đến với công nhân", publishedAt: new Date("2023-01-02T00:00:00Z") });
    expect(titlesFor("đường")).toEqual(["Con đường đến với công nhân", "Ánh dương trên công trường"]);
    // without marks both are equally close, so the newer comes first
    expect(titlesFor("duong")).toEqual(["Ánh dương trên công trường", "Con đường đến với công nhân"]);
  });

  it("weighs the title above the body, then prefers the newer article", () => {
    article({ title: "Tin trong thân bài", bodyHtml: "<p>Chuyện về an toàn lao động ở nhà máy.</p>", publishedAt: new Date("2024-05-01T00:00:00Z") });
    article({ title: "An toàn lao động là trên hết", publishedAt: new Date("2020-05-01T00:00:00Z") });
    article({ title: "Tháng an toàn lao động", publishedAt: new Date("2021-05-01T00:00:00Z") });
    expect(titlesFor("an toan lao dong")).toEqual(["Tháng an toàn lao động", "An toàn lao động là trên hết", "Tin trong thân bài"]);
  });

  it("matches words in any order, and a quoted phrase only in its order", () => {
    article({ title: "Hội nghị viên chức công đoàn" });
    article({ title: "Công đoàn viên chức ra mắt" });
    expect(titlesFor("vien chuc cong doan")).toHaveLength(2);
    expect(titlesFor('"vien chuc cong doan"')).toEqual(["Hội nghị viên chức công đoàn"]);
    expect(titlesFor('"cong doan vien chuc"')).toEqual(["Công đoàn viên chức ra mắt"]);
  });

  it("highlights the matched words in the original title and an excerpt, escaping the rest", () => {
    article({ title: "Đại hội <Công đoàn> & bạn", summary: "", bodyHtml: `<p>${"Mở đầu. ".repeat(40)}Đại biểu dự <em>đại hội</em> đông đủ.</p>` });
    const [result] = search("dai hoi").items;
    expect(result?.titleHtml).toBe("<mark>Đại</mark> <mark>hội</mark> &lt;Công đoàn&gt; &amp; bạn");
    expect(result?.excerptHtml).toMatch(/^… /);
    expect(result?.excerptHtml).toContain("<mark>Đại</mark> biểu dự <mark>đại</mark> <mark>hội</mark> đông đủ.");
    expect(result?.excerptHtml).not.toContain("<em>");
  });

  it("takes the excerpt from the summary when it matches there", () => {
    article({ title: "Trao quà", summary: "Trao 50 suất quà cho đoàn viên khó khăn.", bodyHtml: "<p>Đoàn viên nhận quà.</p>" });
    expect(search("doan vien").items[0]?.excerptHtml).toBe("Trao 50 suất quà cho <mark>đoàn</mark> <mark>viên</mark> khó khăn.");
  });

  it("filters by category, unit and a range of Vietnam days", () => {
    const otherCategory = insertCategory(db).id;
    const otherUnit = insertUnit(db).id;
    article({ title: "Hội thao A", publishedAt: new Date("2022-12-21T16:59:00Z") }); // 21/12 23:59 in Vietnam
    article({ title: "Hội thao B", categoryId: otherCategory, publishedAt: new Date("2022-12-21T17:00:00Z") }); // 22/12 00:00
    article({ title: "Hội thao C", unitId: otherUnit, publishedAt: new Date("2022-12-25T03:00:00Z") });
    expect(titlesFor("hoi thao", { categoryId: otherCategory })).toEqual(["Hội thao B"]);
    expect(titlesFor("hoi thao", { unitId: otherUnit })).toEqual(["Hội thao C"]);
    expect(titlesFor("hoi thao", { from: day("2022-12-22") })).toEqual(["Hội thao C", "Hội thao B"]);
    expect(titlesFor("hoi thao", { to: day("2022-12-21") })).toEqual(["Hội thao A"]);
    expect(titlesFor("hoi thao", { from: day("2022-12-21"), to: day("2022-12-22") })).toEqual(["Hội thao B", "Hội thao A"]);
  });

  it("shows only public articles: not drafts, unpublished, or scheduled ones not yet due", () => {
    article({ title: "Hội diễn đã đăng" });
    article({ title: "Hội diễn hẹn giờ", publishedAt: new Date("2026-11-22T04:00:00Z") });
    article({ title: "Hội diễn nháp", status: "draft", publishedAt: null });
    article({ title: "Hội diễn đã gỡ", status: "unpublished" });
    expect(titlesFor("hoi dien")).toEqual(["Hội diễn đã đăng"]);
    // the scheduled one appears once its time has come, without touching the index
    const later = searchPublishedArticles(db, { query: "hoi dien" }, firstPage, new Date("2026-11-22T04:00:00Z"));
    expect(later.items.map((i) => i.title)).toEqual(["Hội diễn hẹn giờ", "Hội diễn đã đăng"]);
  });

  it("pages ten at a time with the total", () => {
    for (let n = 1; n <= 12; n++) article({ title: `Giải bóng đá số ${n}`, publishedAt: new Date(Date.UTC(2022, 0, n)) });
    const second = search("bong da", {}, { offset: 10, limit: 10 });
    expect(second.total).toBe(12);
    expect(second.items.map((i) => i.title)).toEqual(["Giải bóng đá số 2", "Giải bóng đá số 1"]);
  });

  it("ranks only the newest matches past the window, says so, and still ranks the exact spelling and the title first within it", () => {
    // Ids follow insertion: the window holds the 4 articles written last.
    article({ title: "Đường lao động cũ nhất", publishedAt: new Date("2026-01-01T00:00:00Z") });
    article({ title: "Tin cũ", bodyHtml: "<p>Con đường lao động.</p>", publishedAt: new Date("2026-02-01T00:00:00Z") });
    article({ title: "Tin mới một", bodyHtml: "<p>Ánh dương lao động.</p>", publishedAt: new Date("2026-03-01T00:00:00Z") });
    article({ title: "Dương lao động", publishedAt: new Date("2026-04-01T00:00:00Z") });
    article({ title: "Tin mới ba", bodyHtml: "<p>Con đường lao động.</p>", publishedAt: new Date("2026-05-01T00:00:00Z") });
    article({ title: "Tin mới bốn", bodyHtml: "<p>Ánh dương lao động.</p>", publishedAt: new Date("2026-06-01T00:00:00Z") });
    const windowed = (query: string) => searchPublishedArticles(db, { query }, firstPage, NOW, 4);
    const marked = windowed("đường");
    expect(marked).toMatchObject({ total: 4, capped: true });
    expect(marked.items.map((i) => i.title)).toEqual(["Tin mới ba", "Dương lao động", "Tin mới bốn", "Tin mới một"]);
    // Within the window, when everything fits, nothing is capped and all are ranked.
    expect(searchPublishedArticles(db, { query: "duong" }, firstPage, NOW, 6)).toMatchObject({ total: 6, capped: false });
    expect(searchPublishedArticles(db, { query: "duong" }, firstPage, NOW, 6).items[0]?.title).toBe("Dương lao động");
  });

  it.each([
    ["FTS syntax", 'NEAR(hoi "thao" * ^ : - AND OR'],
    ["only syntax characters", '*"():^-'],
    ["1,000 characters", "Hội thao ".repeat(125)],
    ["an empty query", ""],
  ])("answers %s without an error", (_, query) => {
    article({ title: "Hội thao công nhân" });
    expect(() => search(query)).not.toThrow();
  });

  it("treats FTS operators as words", () => {
    article({ title: "Hội thao công nhân" });
    expect(search("hoi OR xyz").total).toBe(0);
    expect(search("hoi thao NOT").total).toBe(0);
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

  it("finds an article once published, and its new words after an edit but not its old ones", () => {
    const editor = insertUser(db, { role: "editor" });
    const draft = article({ title: "Hội nghị tổng kết", status: "draft", publishedAt: null });
    expect(search("tong ket").total).toBe(0);

    changeArticleStatus(db, draft.id, { status: "published", publishedAt: new Date("2026-11-01T00:00:00Z") }, editor.id, NOW);
    expect(titlesFor("tong ket")).toEqual(["Hội nghị tổng kết"]);

    const saved = saveArticleContent(db, { id: draft.id, baseVersion: draft.version, content: content({ title: "Hội nghị sơ kết", slug: "hoi-nghi-so-ket", bodyHtml: "<p>Phong trào thi đua</p>" }), savedBy: editor.id, kind: "save", now: NOW });
    expect(saved.ok).toBe(true);
    expect(search("tong ket").total).toBe(0);
    expect(titlesFor("so ket")).toEqual(["Hội nghị sơ kết"]);
    expect(titlesFor("phong trao thi dua")).toEqual(["Hội nghị sơ kết"]);
  });

  it("forgets an article when it is unpublished or deleted", () => {
    const editor = insertUser(db, { role: "editor" });
    const one = article({ title: "Mít tinh kỷ niệm" });
    const two = article({ title: "Mít tinh hưởng ứng" });
    expect(search("mit tinh").total).toBe(2);
    changeArticleStatus(db, one.id, { status: "unpublished" }, editor.id, NOW);
    expect(titlesFor("mit tinh")).toEqual(["Mít tinh hưởng ứng"]);
    deleteArticle(db, two.id);
    expect(search("mit tinh").total).toBe(0);
  });

  it("is filled again by a rebuild, and rebuilt when it does not match the published articles", () => {
    db.insert(articles).values({ title: "Tọa đàm nữ công", slug: "toa-dam", unitId, categoryId, status: "published", publishedAt: new Date("2025-01-01T00:00:00Z") }).run();
    expect(search("toa dam").total).toBe(0);
    expect(ensureSearchIndex(db)).toBe(true);
    expect(titlesFor("toa dam")).toEqual(["Tọa đàm nữ công"]);
    expect(ensureSearchIndex(db)).toBe(false);
    expect(rebuildSearchIndex(db)).toBe(1);
    expect(titlesFor("tọa đàm")).toEqual(["Tọa đàm nữ công"]);
  });
});

describe("relatedArticles", () => {
  it("lists same-category articles with similar words first, and never the parts of the article's series", () => {
    const otherCategory = insertCategory(db).id;
    const seriesId = db.insert(series).values({ title: "Loạt bài", slug: "loat-bai" }).returning().get().id;
    const current = article({ title: "Nhà ở cho công nhân khu công nghiệp", seriesId, seriesPart: 2 });
    article({ title: "Nhà ở công nhân: kỳ một", seriesId, seriesPart: 1 });
    article({ title: "Kỳ ba chưa đăng", seriesId, seriesPart: 3, publishedAt: new Date("2027-01-01T00:00:00Z") });
    article({ title: "Công nhân khu công nghiệp được hỗ trợ", categoryId: otherCategory });
    article({ title: "Nhà ở xã hội cho công nhân" });
    article({ title: "Giải cầu lông" });
    const titles = relatedArticles(db, current, 5, NOW).map((a) => a.title);
    expect(titles).toEqual(["Nhà ở xã hội cho công nhân", "Công nhân khu công nghiệp được hỗ trợ"]);
  });

  it("gives at most the limit and never the article itself", () => {
    const current = article({ title: "Hội thao công nhân" });
    for (let n = 0; n < 8; n++) article({ title: `Hội thao số ${n}` });
    const related = relatedArticles(db, current, 5, NOW);
    expect(related).toHaveLength(5);
    expect(related.map((a) => a.id)).not.toContain(current.id);
  });
});
