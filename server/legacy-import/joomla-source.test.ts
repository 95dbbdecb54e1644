import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LegacySourceError, type LegacyArticle, type LegacyReader } from "@/core/legacy-import";
import { expectedJoomlaCategories, joomlaArticles, joomlaUsers } from "@/tests/fixtures/legacy-joomla";
import { createJoomlaDatabase, createNukeVietDatabase, loadJoomlaFixture } from "@/tests/legacy-portals";
import { openJoomlaSource } from "./joomla-source";
import { openOldDatabase } from "./mysql-source";

// Against the real MariaDB of npm run test:db:mariadb: joomla.sql and our rows, read as the
// importer reads them, through the SELECT-only account.
const adminUrl = inject("legacyAdminUrl");
const readUrl = (database: string) => `${inject("legacyReadUrl")}/${database}`;
const DATABASE = "joomla_reader";
const PREFIX = "lsj_";

async function all(articles: AsyncIterable<LegacyArticle>): Promise<LegacyArticle[]> {
  const read: LegacyArticle[] = [];
  for await (const article of articles) read.push(article);
  return read;
}

let reader: LegacyReader;
let articles: LegacyArticle[];

beforeAll(async () => {
  await createJoomlaDatabase(adminUrl, DATABASE, PREFIX);
  await loadJoomlaFixture(adminUrl, DATABASE, PREFIX);
  reader = await openJoomlaSource(readUrl(DATABASE), { prefix: PREFIX });
  articles = await all(reader.articles());
});

afterAll(async () => {
  await reader?.close();
});

describe("openJoomlaSource", () => {
  it("names the site by its prefix and address", () => {
    expect(reader.source).toBe("joomla");
    expect(reader.description).toBe(`Joomla 3 (${PREFIX}) trên ${new URL(readUrl(DATABASE)).host}/${DATABASE}`);
  });

  it("lists com_content's categories without the root, top-level ones without a parent", async () => {
    expect(await reader.categories()).toEqual(expectedJoomlaCategories);
  });

  it("lists the users, the blocked one marked", async () => {
    expect(await reader.users()).toEqual(joomlaUsers.map((user) => ({ oldId: user.id, name: user.name, username: user.username, email: user.email, blocked: user.block === 1 })));
  });

  it("counts every article, trashed ones too", async () => {
    expect(await reader.articleCount()).toBe(joomlaArticles.length);
  });

  it("reads every field of every article", () => {
    const dateOf = (text: string) => (text === "0000-00-00 00:00:00" ? null : new Date(`${text.replace(" ", "T")}Z`));
    expect(articles.map((article) => article.oldId)).toEqual(joomlaArticles.map((row) => row.id));
    for (const [index, row] of joomlaArticles.entries()) {
      expect(articles[index], `article ${row.id}`).toEqual({
        oldId: row.id,
        title: row.title,
        alias: row.alias,
        categoryOldId: row.catid,
        introHtml: row.introtext,
        fullHtml: typeof row.fulltext === "string" ? row.fulltext : (row.expected.fullHtml ?? ""),
        state: row.expected.state,
        publishedAt: row.expected.publishedAt === null ? null : new Date(row.expected.publishedAt),
        createdAt: dateOf(row.created),
        modifiedAt: dateOf(row.modified),
        hits: row.hits,
        authorName: row.expected.authorName,
        authorOldId: row.createdBy,
        featured: row.featured === 1,
        leadImage: row.expected.leadImage,
        fullImage: row.expected.fullImage,
        repairedFields: row.expected.repairedFields,
      } satisfies LegacyArticle);
    }
  });

  it("reads the 5 MB body whole", () => {
    const big = articles.find((article) => article.oldId === 113);
    expect(Buffer.byteLength(big?.fullHtml ?? "")).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("keeps an article whose text is not UTF-8, its bad bytes replaced and the field named", () => {
    const broken = articles.find((article) => article.oldId === 114);
    expect(broken?.fullHtml).toContain("\uFFFDTết sum vầy\uFFFD");
    expect(broken?.repairedFields).toEqual(["fullHtml"]);
  });

  it("picks, for --media-only, every article that names a photo, and leaves out those that name none", async () => {
    const namesPhoto = (article: LegacyArticle) => article.leadImage !== null || article.fullImage !== null || /<img\b/i.test(article.introHtml + article.fullHtml);
    const picked = (await all(reader.articles(0, "with-images"))).map((article) => article.oldId);
    expect(picked).toEqual(expect.arrayContaining(articles.filter(namesPhoto).map((article) => article.oldId)));
    // Left out: no photo anywhere, 103's images JSON naming only empty ones among them. An images
    // column cut short may be let through (the run then finds nothing to add), never the reverse.
    const leftOut = articles.filter((article) => !picked.includes(article.oldId));
    expect(leftOut.map((article) => article.oldId)).toContain(103);
    for (const article of leftOut) expect(namesPhoto(article), `article ${article.oldId}`).toBe(false);
    expect(await reader.articleCount("with-images")).toBe(picked.length);
  });

  it("streams from an old id on, for a run that resumes", async () => {
    const after = joomlaArticles[9]?.id ?? 0;
    expect((await all(reader.articles(after))).map((article) => article.oldId)).toEqual(joomlaArticles.filter((row) => row.id > after).map((row) => row.id));
  });
});

describe("streaming a large table", () => {
  const LARGE = "joomla_reader_large";
  let large: LegacyReader;

  beforeAll(async () => {
    await createJoomlaDatabase(adminUrl, LARGE);
    const admin = await mysql.createConnection({ uri: `${adminUrl}/${LARGE}` });
    // 1,234 short articles: three pages of 500 and a part page.
    await admin.query(
      `INSERT INTO jos_content (title, alias, introtext, \`fulltext\`, state, catid, images, urls, attribs, metakey, metadesc, metadata, language, xreference, hits)
        SELECT CONCAT('Tin số ', seq), CONCAT('tin-so-', seq), '<p>Tóm tắt</p>', '', 1, 2, '', '', '', '', '', '', '*', '', seq FROM seq_1_to_1234`,
    );
    await admin.end();
    large = await openJoomlaSource(readUrl(LARGE));
  });

  afterAll(async () => {
    await large?.close();
  });

  it("reads every row once, in id order, page after page", async () => {
    const ids = (await all(large.articles())).map((article) => article.oldId);
    expect(ids).toHaveLength(1234);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(1234);
  });

  it("resumes past a page boundary", async () => {
    const first = (await all(large.articles())).map((article) => article.oldId);
    const after = first[499] ?? 0;
    expect((await all(large.articles(after))).map((article) => article.oldId)).toEqual(first.slice(500));
  });
});

describe("opening errors", () => {
  const open = (url: string, prefix?: string) => openJoomlaSource(url, { prefix });
  const server = () => new URL(readUrl(DATABASE));

  it("names a wrong password", async () => {
    const url = server();
    url.password = "sai-mat-khau";
    await expect(open(url.toString(), PREFIX)).rejects.toThrow(new LegacySourceError(`Sai tên đăng nhập hoặc mật khẩu MySQL: máy chủ ${url.host} từ chối tài khoản 'legacy'.`));
  });

  it("names a port where nothing answers", async () => {
    const url = server();
    url.port = "1";
    await expect(open(url.toString(), PREFIX)).rejects.toThrow(
      new LegacySourceError("Không kết nối được máy chủ MySQL/MariaDB 127.0.0.1:1 (ECONNREFUSED): kiểm tra địa chỉ, cổng và tường lửa."),
    );
  });

  it("names a database the server does not have", async () => {
    const url = server();
    url.pathname = "/khong_co_csdl";
    await expect(open(url.toString(), PREFIX)).rejects.toThrow(new LegacySourceError(`Không có cơ sở dữ liệu 'khong_co_csdl' trên máy chủ MySQL ${url.host}.`));
  });

  it("names every table a database of another portal lacks", async () => {
    await createNukeVietDatabase(adminUrl, "joomla_reader_not_joomla");
    await expect(open(readUrl("joomla_reader_not_joomla"), "jos_")).rejects.toThrow(
      new LegacySourceError("Không phải cơ sở dữ liệu Joomla 3 với tiền tố jos_: thiếu bảng jos_content, jos_categories, jos_users."),
    );
  });

  it("names a wrong prefix the same way", async () => {
    await expect(open(readUrl(DATABASE), "jos_")).rejects.toThrow(LegacySourceError);
  });

  it("refuses an address that is not mysql://", async () => {
    await expect(open("postgres://legacy:legacy@127.0.0.1:5432/joomla")).rejects.toThrow(LegacySourceError);
    await expect(open(`${inject("legacyReadUrl")}`)).rejects.toThrow(LegacySourceError);
  });
});

describe("the read-only account", () => {
  it("cannot change the old site", async () => {
    const url = new URL(readUrl(DATABASE));
    const connection = await mysql.createConnection({ host: url.hostname, port: Number(url.port), user: "legacy", password: "legacy", database: DATABASE });
    try {
      await expect(connection.query(`UPDATE ${PREFIX}content SET hits = 0`)).rejects.toMatchObject({ code: "ER_TABLEACCESS_DENIED_ERROR" });
      await expect(connection.query(`DROP TABLE ${PREFIX}content`)).rejects.toMatchObject({ code: "ER_TABLEACCESS_DENIED_ERROR" });
    } finally {
      await connection.end();
    }
  });

  it("is not all: the session is read-only even for an account that could write", async () => {
    const { connection } = await openOldDatabase(`${adminUrl}/${DATABASE}`, "Joomla 3", [`${PREFIX}content`]);
    try {
      await expect(connection.query(`UPDATE ${PREFIX}content SET hits = 0`)).rejects.toMatchObject({ code: "ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION" });
    } finally {
      await connection.end();
    }
  });

  it("says the old database went away when its connection is lost in the middle of a run, without a stack trace", async () => {
    const admin = await mysql.createConnection(adminUrl);
    const connections = async () => {
      const [rows] = await admin.query<mysql.RowDataPacket[]>("SELECT id FROM information_schema.PROCESSLIST WHERE db = ?", [DATABASE]);
      return new Set(rows.map((row) => Number(row.id)));
    };
    const before = await connections();
    const lost = await openJoomlaSource(readUrl(DATABASE), { prefix: PREFIX });
    try {
      // The new reader's connection: the one that was not there before it opened.
      const opened = [...(await connections())].filter((id) => !before.has(id));
      expect(opened).toHaveLength(1);
      await admin.query("KILL CONNECTION ?", [opened[0]]);
      const refused = await all(lost.articles()).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(LegacySourceError);
      expect((refused as Error).message).toMatch(/^Mất kết nối tới cơ sở dữ liệu cũ giữa chừng \(.+\)\. Những bài đã ghi vẫn còn: .*chạy lại đúng lệnh này để nhập tiếp\.$/);
      await expect(lost.categories()).rejects.toThrow(LegacySourceError);
    } finally {
      await admin.end();
      await lost.close().catch(() => undefined);
    }
  });
});
