import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LegacySourceError, type LegacyArticle, type LegacyReader } from "@/core/legacy-import";
import { expectedNukeVietCategories, expectedNukeVietUsers, nukevietArticles } from "@/tests/fixtures/legacy-nukeviet";
import { createJoomlaDatabase, createNukeVietDatabase, loadNukeVietFixture } from "@/tests/legacy-portals";
import { openNukeVietSource } from "./nukeviet-source";

// Against the real MariaDB of npm run test:db:mariadb: the tables action_mysql.php creates, with a
// site's own prefix, language and module name, and our rows, read through the SELECT-only account.
const adminUrl = inject("legacyAdminUrl");
const readUrl = (database: string) => `${inject("legacyReadUrl")}/${database}`;
const DATABASE = "nukeviet_reader";
const NAMES = { prefix: "nvx", lang: "vi", moduleData: "news" };

async function all(articles: AsyncIterable<LegacyArticle>): Promise<LegacyArticle[]> {
  const read: LegacyArticle[] = [];
  for await (const article of articles) read.push(article);
  return read;
}

let reader: LegacyReader;
let articles: LegacyArticle[];

beforeAll(async () => {
  await createNukeVietDatabase(adminUrl, DATABASE, NAMES);
  await loadNukeVietFixture(adminUrl, DATABASE, NAMES);
  reader = await openNukeVietSource(readUrl(DATABASE), NAMES);
  articles = await all(reader.articles());
});

afterAll(async () => {
  await reader?.close();
});

describe("openNukeVietSource", () => {
  it("names the site by its tables and address", () => {
    expect(reader.source).toBe("nukeviet");
    expect(reader.description).toBe(`NukeViet 4 (nvx_vi_news) trên ${new URL(readUrl(DATABASE)).host}/${DATABASE}`);
  });

  it("lists the categories, each with its own alias as its path", async () => {
    expect(await reader.categories()).toEqual(expectedNukeVietCategories);
  });

  it("lists the users with their Vietnamese full names, the inactive one blocked", async () => {
    expect(await reader.users()).toEqual(expectedNukeVietUsers);
  });

  it("counts every article", async () => {
    expect(await reader.articleCount()).toBe(nukevietArticles.length);
  });

  it("picks, for --media-only, every article that names a photo, and leaves out those that name none", async () => {
    const namesPhoto = (article: LegacyArticle) => article.leadImage !== null || /<img\b/i.test(article.fullHtml);
    const picked = (await all(reader.articles(0, "with-images"))).map((article) => article.oldId);
    expect(picked).toEqual(expect.arrayContaining(articles.filter(namesPhoto).map((article) => article.oldId)));
    const leftOut = articles.filter((article) => !picked.includes(article.oldId));
    expect(leftOut.length).toBeGreaterThan(0);
    for (const article of leftOut) expect(namesPhoto(article), `article ${article.oldId}`).toBe(false);
    expect(await reader.articleCount("with-images")).toBe(picked.length);
  });

  it("reads every field of every article", () => {
    expect(articles.map((article) => article.oldId)).toEqual(nukevietArticles.map((row) => row.id));
    for (const [index, row] of nukevietArticles.entries()) {
      expect(articles[index], `article ${row.id}`).toEqual({
        oldId: row.id,
        title: row.title,
        alias: row.alias,
        categoryOldId: row.catid,
        introHtml: row.expected.introHtml,
        fullHtml: row.bodyhtml,
        state: row.expected.state,
        publishedAt: new Date(row.publtime * 1000),
        createdAt: new Date(row.addtime * 1000),
        modifiedAt: new Date(row.edittime * 1000),
        hits: row.hitstotal,
        authorName: row.expected.authorName,
        authorOldId: row.adminId,
        featured: row.expected.featured,
        leadImage: row.expected.leadImage,
        fullImage: null,
        repairedFields: [],
      } satisfies LegacyArticle);
    }
  });

  it("streams from an old id on, for a run that resumes", async () => {
    expect((await all(reader.articles(4))).map((article) => article.oldId)).toEqual([5, 6, 7]);
  });

  it("reads a body whose bytes are not UTF-8, its bad bytes replaced and the field named", async () => {
    const admin = await mysql.createConnection({ uri: `${adminUrl}/${DATABASE}` });
    try {
      // A detail table left in latin1 by an old upgrade (through a binary column, so its UTF-8 bytes
      // stay as they were), then written through a latin1 connection.
      await admin.query("ALTER TABLE nvx_vi_news_detail MODIFY bodyhtml LONGBLOB NOT NULL");
      await admin.query("ALTER TABLE nvx_vi_news_detail MODIFY bodyhtml LONGTEXT CHARACTER SET latin1 NOT NULL");
      await admin.query("UPDATE nvx_vi_news_detail SET bodyhtml = ? WHERE id = 1", [Buffer.from([...Buffer.from("<p>Nhà ở công nhân "), 0x96, ...Buffer.from(" Đồng Đăng</p>")])]);
      const [first] = await all(reader.articles(0));
      expect(first?.fullHtml).toBe("<p>Nhà ở công nhân \uFFFD Đồng Đăng</p>");
      expect(first?.repairedFields).toEqual(["fullHtml"]);
      const [second] = await all(reader.articles(1));
      expect(second?.fullHtml).toBe(nukevietArticles[1]?.bodyhtml);
    } finally {
      await admin.end();
    }
  });
});

describe("opening errors", () => {
  it("names every table a Joomla database lacks", async () => {
    await createJoomlaDatabase(adminUrl, "nukeviet_reader_not_nukeviet");
    await expect(openNukeVietSource(readUrl("nukeviet_reader_not_nukeviet"))).rejects.toThrow(
      new LegacySourceError(
        "Không phải cơ sở dữ liệu NukeViet 4 với tiền tố nv4, ngôn ngữ vi, mô-đun news: thiếu bảng nv4_vi_news_rows, nv4_vi_news_detail, nv4_vi_news_cat, nv4_users.",
      ),
    );
  });

  it("names the tables of another language or module", async () => {
    await expect(openNukeVietSource(readUrl(DATABASE), { ...NAMES, lang: "en" })).rejects.toThrow(
      new LegacySourceError("Không phải cơ sở dữ liệu NukeViet 4 với tiền tố nvx, ngôn ngữ en, mô-đun news: thiếu bảng nvx_en_news_rows, nvx_en_news_detail, nvx_en_news_cat."),
    );
  });

  it("refuses a name that could reach into the SQL", async () => {
    await expect(openNukeVietSource(readUrl(DATABASE), { ...NAMES, moduleData: "news`; DROP" })).rejects.toThrow(LegacySourceError);
  });

  it("names a wrong password", async () => {
    const url = new URL(readUrl(DATABASE));
    url.username = "khong_ai";
    await expect(openNukeVietSource(url.toString(), NAMES)).rejects.toThrow(`Sai tên đăng nhập hoặc mật khẩu MySQL: máy chủ ${url.host} từ chối tài khoản 'khong_ai'.`);
  });
});
