// A NukeViet 4 site's news module read as LegacyReader rows (issue 17): {prefix}_{lang}_{module}_rows
// with its _detail body and _cat categories, and {prefix}_users for the posters, read-only.
import type { RowDataPacket } from "mysql2/promise";
import type { ArticleSelection, LegacyArticle, LegacyCategory, LegacyReader, LegacyUser } from "@/core/legacy-import";
import { unixSecondsDateTime } from "@/core/legacy-text";
import { nukeVietArticleState, nukeVietHomeImage, plainTextHtml } from "@/core/legacy-rows";
import { checkedName, keysetRows, openOldDatabase, readRows, textOf, textReader } from "./mysql-source";

const numberOf = (value: unknown) => Number(value ?? 0);

// NukeViet keeps the given name in first_name and the family and middle names in last_name, and
// shows "last first" in Vietnamese: "Đỗ Thị" + "Lan" is "Đỗ Thị Lan".
const personName = (lastName: unknown, firstName: unknown, username: unknown) =>
  `${textOf(lastName).trim()} ${textOf(firstName).trim()}`.trim() || textOf(username).trim();

export type NukeVietOptions = { prefix?: string; lang?: string; moduleData?: string };

/** Opens a NukeViet 4 database: table prefix "nv4", language "vi" and the news module's data name "news" by default. */
export async function openNukeVietSource(url: string, options: NukeVietOptions = {}): Promise<LegacyReader> {
  const prefix = checkedName(options.prefix ?? "nv4", "Tiền tố bảng");
  const lang = checkedName(options.lang ?? "vi", "Ngôn ngữ");
  const moduleData = checkedName(options.moduleData ?? "news", "Tên dữ liệu của mô-đun tin");
  const news = (name: string) => `${prefix}_${lang}_${moduleData}_${name}`;
  const users = `${prefix}_users`;
  const { connection, where } = await openOldDatabase(url, `NukeViet 4 với tiền tố ${prefix}, ngôn ngữ ${lang}, mô-đun ${moduleData}`, [
    news("rows"),
    news("detail"),
    news("cat"),
    users,
  ]);

  // An article is featured when a category shows it as its own featured article (_cat.featured).
  // A home image (core/legacy-rows.ts nukeVietHomeImage), or an <img> in the body; LIKE ignores case
  // under NukeViet's collation, and the upper-case form covers a binary one.
  const mayNamePhoto = `(COALESCE(r.homeimgfile, '') <> '' OR d.bodyhtml LIKE '%<img%' OR d.bodyhtml LIKE '%<IMG%')`;
  const selected = (selection: ArticleSelection) => (selection === "with-images" ? `${mayNamePhoto} AND` : "");
  const articlesSql = (selection: ArticleSelection) => `SELECT r.id, r.catid, r.admin_id, r.author, r.addtime, r.edittime, r.publtime, r.status, r.title, r.alias,
      r.hometext, r.homeimgfile, r.homeimgalt, r.homeimgthumb, r.hitstotal, d.bodyhtml,
      u.first_name, u.last_name, u.username,
      EXISTS (SELECT 1 FROM \`${news("cat")}\` f WHERE f.featured = r.id) AS featured
    FROM \`${news("rows")}\` r
      LEFT JOIN \`${news("detail")}\` d ON d.id = r.id
      LEFT JOIN \`${users}\` u ON u.userid = r.admin_id
    WHERE ${selected(selection)} r.id > ? ORDER BY r.id LIMIT ?`;

  function articleOf(row: RowDataPacket): LegacyArticle {
    const repairedFields: string[] = [];
    const text = textReader(repairedFields);
    const title = text(row.title, "title");
    const introHtml = plainTextHtml(text(row.hometext, "introHtml"));
    const fullHtml = text(row.bodyhtml, "fullHtml");
    const authorName = text(row.author, "authorName").trim() || personName(row.last_name, row.first_name, row.username);
    return {
      oldId: numberOf(row.id),
      title,
      alias: textOf(row.alias),
      categoryOldId: numberOf(row.catid),
      introHtml,
      fullHtml,
      state: nukeVietArticleState(numberOf(row.status)),
      publishedAt: unixSecondsDateTime(numberOf(row.publtime)),
      createdAt: unixSecondsDateTime(numberOf(row.addtime)),
      modifiedAt: unixSecondsDateTime(numberOf(row.edittime)),
      hits: numberOf(row.hitstotal),
      authorName,
      authorOldId: numberOf(row.admin_id) > 0 ? numberOf(row.admin_id) : null,
      featured: numberOf(row.featured) === 1,
      leadImage: nukeVietHomeImage(textOf(row.homeimgfile), textOf(row.homeimgalt), numberOf(row.homeimgthumb), moduleData),
      fullImage: null,
      repairedFields,
    };
  }

  return {
    source: "nukeviet",
    description: `NukeViet 4 (${prefix}_${lang}_${moduleData}) trên ${where}`,
    async categories(): Promise<LegacyCategory[]> {
      const rows = await readRows(connection, `SELECT catid, parentid, title, alias, status FROM \`${news("cat")}\` ORDER BY catid`);
      return rows.map((row) => ({
        oldId: numberOf(row.catid),
        parentOldId: numberOf(row.parentid) === 0 ? null : numberOf(row.parentid),
        title: textOf(row.title),
        alias: textOf(row.alias),
        // NukeViet's addresses name a category by its own alias only, whatever its parents.
        path: textOf(row.alias),
        published: numberOf(row.status) > 0,
      }));
    },
    async users(): Promise<LegacyUser[]> {
      const rows = await readRows(connection, `SELECT userid, username, first_name, last_name, email, active FROM \`${users}\` ORDER BY userid`);
      return rows.map((row) => ({
        oldId: numberOf(row.userid),
        name: personName(row.last_name, row.first_name, row.username),
        username: textOf(row.username),
        email: textOf(row.email),
        blocked: numberOf(row.active) === 0,
      }));
    },
    async articleCount(selection: ArticleSelection = "all"): Promise<number> {
      const from = selection === "with-images" ? `\`${news("rows")}\` r LEFT JOIN \`${news("detail")}\` d ON d.id = r.id` : `\`${news("rows")}\` r`;
      const rows = await readRows(connection, `SELECT COUNT(*) AS count FROM ${from} WHERE ${selected(selection)} TRUE`);
      return numberOf(rows[0]?.count);
    },
    async *articles(afterOldId = 0, selection: ArticleSelection = "all"): AsyncIterable<LegacyArticle> {
      for await (const row of keysetRows(connection, articlesSql(selection), (last) => numberOf(last.id), afterOldId)) yield articleOf(row);
    },
    async close(): Promise<void> {
      await connection.end();
    },
  };
}
