// A Joomla 3 site's database read as LegacyReader rows (issue 17): #__content, #__categories
// (com_content's tree, the root left out) and #__users, through a read-only session.
import type { RowDataPacket } from "mysql2/promise";
import type { ArticleSelection, LegacyArticle, LegacyCategory, LegacyReader, LegacyUser } from "@/core/legacy-import";
import { joomlaUtcDateTime } from "@/core/legacy-text";
import { joomlaArticleState, joomlaImages } from "@/core/legacy-rows";
import { checkedName, keysetRows, openOldDatabase, readRows, textOf, textReader } from "./mysql-source";

const numberOf = (value: unknown) => Number(value ?? 0);

function articleOf(row: RowDataPacket): LegacyArticle {
  const repairedFields: string[] = [];
  const text = textReader(repairedFields);
  const title = text(row.title, "title");
  const introHtml = text(row.introtext, "introHtml");
  const fullHtml = text(row.fulltext, "fullHtml");
  const authorName = text(row.created_by_alias, "authorName").trim() || textOf(row.author_name).trim();
  const images = joomlaImages(textOf(row.images));
  return {
    oldId: numberOf(row.id),
    title,
    alias: textOf(row.alias),
    categoryOldId: numberOf(row.catid),
    introHtml,
    fullHtml,
    state: joomlaArticleState(numberOf(row.state)),
    publishedAt: joomlaUtcDateTime(textOf(row.publish_up)),
    createdAt: joomlaUtcDateTime(textOf(row.created)),
    modifiedAt: joomlaUtcDateTime(textOf(row.modified)),
    hits: numberOf(row.hits),
    authorName,
    authorOldId: numberOf(row.created_by) > 0 ? numberOf(row.created_by) : null,
    featured: numberOf(row.featured) === 1,
    leadImage: images.intro,
    fullImage: images.full,
    repairedFields,
  };
}

/** Opens a Joomla 3 database (mysql://user:password@host:port/database) with its table prefix, "jos_" by default. */
export async function openJoomlaSource(url: string, options: { prefix?: string } = {}): Promise<LegacyReader> {
  const prefix = checkedName(options.prefix ?? "jos_", "Tiền tố bảng");
  const table = (name: string) => `${prefix}${name}`;
  const { connection, where } = await openOldDatabase(url, `Joomla 3 với tiền tố ${prefix}`, [table("content"), table("categories"), table("users")]);

  // An intro or full-text image in the images JSON (core/legacy-rows.ts), or an <img> in the text;
  // LIKE ignores case under Joomla's collation, and the upper-case form covers a binary one.
  const mayNamePhoto = `(c.images REGEXP '"image_(intro|fulltext)"[[:space:]]*:[[:space:]]*"[^"]'
      OR c.introtext LIKE '%<img%' OR c.introtext LIKE '%<IMG%' OR c.\`fulltext\` LIKE '%<img%' OR c.\`fulltext\` LIKE '%<IMG%')`;
  const selected = (selection: ArticleSelection) => (selection === "with-images" ? `${mayNamePhoto} AND` : "");
  const articlesSql = (selection: ArticleSelection) => `SELECT c.id, c.title, c.alias, c.catid, c.introtext, c.\`fulltext\`, c.state, c.created, c.modified,
      c.publish_up, c.hits, c.created_by, c.created_by_alias, c.featured, c.images, u.name AS author_name
    FROM \`${table("content")}\` c LEFT JOIN \`${table("users")}\` u ON u.id = c.created_by
    WHERE ${selected(selection)} c.id > ? ORDER BY c.id LIMIT ?`;

  return {
    source: "joomla",
    description: `Joomla 3 (${prefix}) trên ${where}`,
    async categories(): Promise<LegacyCategory[]> {
      const rows = await readRows(
        connection,
        `SELECT id, parent_id, level, title, alias, path, published FROM \`${table("categories")}\`
          WHERE extension = 'com_content' AND level >= 1 ORDER BY lft, id`,
      );
      return rows.map((row) => ({
        oldId: numberOf(row.id),
        parentOldId: numberOf(row.level) <= 1 ? null : numberOf(row.parent_id),
        title: textOf(row.title),
        alias: textOf(row.alias),
        path: textOf(row.path),
        // 2 is archived: Joomla still serves its listing, as it does archived articles.
        published: numberOf(row.published) === 1 || numberOf(row.published) === 2,
      }));
    },
    async users(): Promise<LegacyUser[]> {
      const rows = await readRows(connection, `SELECT id, name, username, email, block FROM \`${table("users")}\` ORDER BY id`);
      return rows.map((row) => ({
        oldId: numberOf(row.id),
        name: textOf(row.name),
        username: textOf(row.username),
        email: textOf(row.email),
        blocked: numberOf(row.block) !== 0,
      }));
    },
    async articleCount(selection: ArticleSelection = "all"): Promise<number> {
      const rows = await readRows(connection, `SELECT COUNT(*) AS count FROM \`${table("content")}\` c WHERE ${selected(selection)} TRUE`);
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
