// The import bench's old portal (issue 17): a Joomla 3 database of a provincial union filled with
// N generated articles in Joomla's habits (inline styles, {loadposition}, repeated aliases, zero
// dates, archived, unpublished and trashed rows, ten years of dates), the text from the page
// bench's generator (seeds/bulk-text.ts). Rows are made and sent a chunk at a time, in multi-row
// INSERTs: the bench never holds the table.
import type { Connection } from "mysql2/promise";
import { slugify } from "@/core/slug";
import { vietnamCalendarDay } from "@/core/vi-date";
import { articleBody, articleTitle, byline, createRandom, reporters, sentence, summary, type Random } from "@/seeds/bulk-text";
import { inDatabase } from "@/tests/legacy-portals";
import { joomlaImagesJson } from "@/tests/fixtures/legacy-joomla";

type CategoryNode = { title: string; alias: string; published?: number; children?: CategoryNode[] };

// Twenty categories, four of them named after units of the demo organisation (seeds/demo-organisation.ts),
// which the proposed mapping recognises.
const categoryTree: CategoryNode[] = [
  {
    title: "Tin tức",
    alias: "tin-tuc",
    children: [
      { title: "Hoạt động công đoàn", alias: "hoat-dong-cong-doan" },
      { title: "Tin trong tỉnh", alias: "tin-trong-tinh" },
      { title: "Tin trong nước", alias: "tin-trong-nuoc" },
      { title: "LĐLĐ thành phố Hải Lâm", alias: "ldld-thanh-pho-hai-lam" },
      { title: "LĐLĐ huyện Tân Phong", alias: "ldld-huyen-tan-phong" },
      { title: "Công đoàn ngành Giáo dục tỉnh", alias: "cong-doan-nganh-giao-duc" },
    ],
  },
  { title: "Công đoàn Viên chức tỉnh", alias: "cong-doan-vien-chuc-tinh" },
  { title: "Chính sách – Pháp luật", alias: "chinh-sach-phap-luat", children: [{ title: "Hỏi đáp pháp luật", alias: "hoi-dap-phap-luat" }, { title: "Văn bản mới", alias: "van-ban-moi" }] },
  { title: "Gương điển hình", alias: "guong-dien-hinh" },
  { title: "Nữ công", alias: "nu-cong" },
  { title: "Văn hóa – Thể thao", alias: "van-hoa-the-thao" },
  { title: "An toàn, vệ sinh lao động", alias: "an-toan-ve-sinh-lao-dong" },
  { title: "Thi đua – Khen thưởng", alias: "thi-dua-khen-thuong" },
  { title: "Tuyên giáo", alias: "tuyen-giao", children: [{ title: "Học tập và làm theo Bác", alias: "hoc-tap-va-lam-theo-bac" }] },
  { title: "Ảnh hoạt động", alias: "anh-hoat-dong" },
  { title: "Lưu trữ cũ", alias: "luu-tru-cu", published: 0 },
];

type CategoryRow = { id: number; parentId: number; lft: number; rgt: number; level: number; path: string; title: string; alias: string; published: number };

// joomla.sql's own rows take ids 1–7 and the root's nested set up to lft 10; ours follow.
const FIRST_CATEGORY_ID = 8;
const FIRST_LFT = 11;

/** The tree as Joomla's nested set: each node's lft and rgt enclose its children's. */
function nestedSet(): { rows: CategoryRow[]; rootRgt: number } {
  const rows: CategoryRow[] = [];
  let id = FIRST_CATEGORY_ID;
  let edge = FIRST_LFT;
  const visit = (node: CategoryNode, parentId: number, level: number, parentPath: string) => {
    const row: CategoryRow = { id: id++, parentId, lft: edge++, rgt: 0, level, path: parentPath ? `${parentPath}/${node.alias}` : node.alias, title: node.title, alias: node.alias, published: node.published ?? 1 };
    rows.push(row);
    for (const child of node.children ?? []) visit(child, row.id, level + 1, row.path);
    row.rgt = edge++;
  };
  for (const node of categoryTree) visit(node, 1, 1, "");
  return { rows, rootRgt: edge };
}

const users = [
  { id: 42, name: "Quản trị cổng", username: "admin" },
  { id: 43, name: "Nguyễn Văn Tâm", username: "tam.nv" },
  { id: 44, name: "Phạm Thị Hồng", username: "hong.pt" },
  { id: 45, name: "Bùi Quang Vinh", username: "vinh.bq" },
  { id: 46, name: "Đỗ Thị Ngọc", username: "ngoc.dt" },
];

/** Where the bench's photo number `n` (from 1) is under the media root, and how an article names it. */
export const benchPhotoPath = (n: number) => `tin/bench/anh-${String(n).padStart(5, "0")}.jpg`;

const TEN_YEARS_MS = 10 * 365.25 * 24 * 60 * 60 * 1000;
const ZERO_DATE = "0000-00-00 00:00:00";
const utcDateTime = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");
// Old editors pasted from Word: a style on every paragraph, the font in a span.
const styledParagraph = `<p style="text-align: justify;"><span style="font-size: 12pt; font-family: 'times new roman', times;">`;
// Aliases Joomla let several articles share (in different categories, or before it checked).
const sharedAliases = ["tin-hoat-dong", "thong-bao", "bai-viet-moi", "hoi-nghi"];

const articleColumns = [
  "id", "title", "alias", "introtext", "`fulltext`", "state", "catid", "created", "created_by", "created_by_alias",
  "modified", "publish_up", "images", "urls", "attribs", "access", "hits", "featured", "language", "metadata", "metakey", "metadesc",
] as const;

type ArticleValues = (string | number)[];

function articleRow(random: Random, id: number, at: Date, category: CategoryRow, withPhoto: boolean): ArticleValues {
  const day = vietnamCalendarDay(at);
  // About one in 150 is a part of a series: "… (3)".
  const title = `${articleTitle(random, day.month, day.year)}${random.next() < 1 / 150 ? ` (${random.int(1, 8)})` : ""}`;
  const alias = random.next() < 1 / 40 ? random.pick(sharedAliases) : slugify(title);
  const styled = random.next() < 1 / 3;
  let fulltext = articleBody(random);
  if (styled) fulltext = fulltext.replaceAll("<p>", styledParagraph).replaceAll("</p>", "</span></p>");
  if (random.next() < 1 / 20) fulltext = `{loadposition user${random.int(1, 3)}}\n${fulltext}`;
  const bylineAtEnd = random.next() < 1 / 2;
  if (bylineAtEnd) fulltext += `\n<p style="text-align: right;"><strong>${byline(random)}</strong></p>`;
  const introtext = styled ? `<p style="text-align: justify;">${summary(random)}</p>` : `<p>${summary(random)}</p>`;
  // Articles with a photo are never trashed, so the photos stored are exactly --photos.
  const r = random.next();
  const state = withPhoto ? (r < 0.1 ? 2 : 1) : r < 0.02 ? -2 : r < 0.05 ? 0 : r < 0.12 ? 2 : 1;
  const created = utcDateTime(at);
  const publishUp = random.next() < 1 / 400 ? ZERO_DATE : utcDateTime(new Date(at.getTime() + random.int(0, 30) * 60_000));
  const modified = random.next() < 1 / 3 ? ZERO_DATE : utcDateTime(new Date(at.getTime() + random.int(1, 72) * 3_600_000));
  const images = withPhoto
    ? joomlaImagesJson({ intro: { src: `images/${benchPhotoPath(id)}`, alt: title.slice(0, 80), caption: sentence(random) } })
    : random.next() < 1 / 3
      ? ""
      : joomlaImagesJson({});
  const hits = Math.floor(random.next() ** 3 * 20_000);
  const featured = random.next() < 1 / 40 ? 1 : 0;
  const author = random.pick(users);
  const createdByAlias = bylineAtEnd || random.next() < 1 / 2 ? "" : random.pick(reporters);
  return [
    id, title, alias, introtext, fulltext, state, category.id, created, author.id, createdByAlias,
    modified, publishUp, images, "", '{"show_title":"","show_author":""}', 1, hits, featured, "*", '{"robots":"","author":""}', "", "",
  ];
}

/** Articles per INSERT: about 2 MB of text, well under the server's 64 MB packet (scripts/mariadb-server.sh). */
const CHUNK_ROWS = 400;

/**
 * Fills an empty Joomla 3 database (tests/legacy-portals.ts createJoomlaDatabase) with the
 * category tree, five users and `articles` articles, the first `photos` of them with an intro image
 * naming benchPhotoPath(id) under images/. The same arguments give the same rows.
 */
export async function fillJoomlaBenchSite(adminUrl: string, database: string, options: { articles: number; photos: number; now: Date; prefix?: string }): Promise<void> {
  const table = (name: string) => `\`${options.prefix ?? "jos_"}${name}\``;
  const random = createRandom(20_170_17);
  const { rows: categories, rootRgt } = nestedSet();
  await inDatabase(adminUrl, database, async (connection) => {
    await connection.query(
      `INSERT INTO ${table("categories")} (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, params, metadata, language, created_time) VALUES ?`,
      [categories.map((c) => [c.id, c.parentId, c.lft, c.rgt, c.level, c.path, "com_content", c.title, c.alias, c.published, 1, "{}", "{}", "*", "2015-01-01 00:00:00"])],
    );
    await connection.query(`UPDATE ${table("categories")} SET rgt = ? WHERE id = 1`, [rootRgt]);
    await connection.query(`INSERT INTO ${table("users")} (id, name, username, email, password, block, registerDate, params) VALUES ?`, [
      users.map((user) => [user.id, user.name, user.username, `${user.username}@congdoan-cu.example.vn`, "", 0, "2015-01-01 00:00:00", "{}"]),
    ]);
    await insertArticles(connection, table, random, categories, options);
  });
}

async function insertArticles(connection: Connection, table: (name: string) => string, random: Random, categories: CategoryRow[], options: { articles: number; photos: number; now: Date }) {
  const oldest = options.now.getTime() - TEN_YEARS_MS;
  const step = TEN_YEARS_MS / options.articles;
  let chunk: ArticleValues[] = [];
  let featured: number[][] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    await connection.query(`INSERT INTO ${table("content")} (${articleColumns.join(", ")}) VALUES ?`, [chunk]);
    if (featured.length > 0) await connection.query(`INSERT INTO ${table("content_frontpage")} (content_id, ordering) VALUES ?`, [featured]);
    chunk = [];
    featured = [];
  };
  // Oldest first, so ids grow with the dates as on a real site.
  for (let id = 1; id <= options.articles; id++) {
    const at = new Date(Math.round(oldest + (id - 1) * step + random.next() * step));
    const row = articleRow(random, id, at, random.pick(categories), id <= options.photos);
    chunk.push(row);
    if (row[articleColumns.indexOf("featured")] === 1) featured.push([id, 0]);
    if (chunk.length >= CHUNK_ROWS) await flush();
  }
  await flush();
}
