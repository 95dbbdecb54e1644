import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { legacyRedirects } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "../test-database";
import { writeTransaction } from "../transaction";
import { deleteArticle } from "./article-writes";
import { legacyRedirectTarget, writeLegacyRedirects, type LegacyRedirectDestination } from "./legacy-redirects";

const NOW = new Date("2026-11-22T03:00:00Z");

let handle: TestDatabase;
let db: Database;
let unitId: number;
let categoryId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  unitId = (await insertUnit(db, { slug: "ldld-huyen-chi-lang" })).id;
  categoryId = (await insertCategory(db, { slug: "hoat-dong-cong-doan" })).id;
});
afterEach(() => handle.close());

const write = (keys: string[], destination: LegacyRedirectDestination) => writeTransaction(db, (tx) => writeLegacyRedirects(tx, keys, destination));
const article = (slug: string, values: { status?: "draft" | "published"; publishedAt?: Date | null } = {}) => insertArticle(db, { unitId, categoryId, slug, ...values });

describe("writeLegacyRedirects", () => {
  it("stores every key of an old article, each leading to the new article", async () => {
    const { id } = await article("dai-hoi-cong-doan-tinh-lan-thu-xvi");
    await write(["joomla:article:123", "joomla:article:123", "nukeviet:article:77"], { articleId: id });
    const rows = await db.select().from(legacyRedirects);
    expect(rows.map((row) => [row.key, row.articleId, row.categoryId, row.unitId]).sort()).toEqual([
      ["joomla:article:123", id, null, null],
      ["nukeviet:article:77", id, null, null],
    ]);
    expect((await legacyRedirectTarget(db, ["joomla:article:123"], NOW)).target).toEqual({ kind: "article", id, slug: "dai-hoi-cong-doan-tinh-lan-thu-xvi" });
  });

  it("moves a key written again to its new destination, an article to a unit included", async () => {
    const first = await article("hoi-thao-an-toan-ve-sinh-lao-dong");
    const second = await article("hoi-thao-an-toan-ve-sinh-lao-dong-2");
    await write(["joomla:article:9"], { articleId: first.id });
    await write(["joomla:article:9"], { articleId: second.id });
    expect((await legacyRedirectTarget(db, ["joomla:article:9"], NOW)).target).toMatchObject({ kind: "article", id: second.id });

    await write(["joomla:category:4"], { categoryId });
    await write(["joomla:category:4"], { unitId });
    const rows = await db.select().from(legacyRedirects);
    expect(rows.find((row) => row.key === "joomla:category:4")).toMatchObject({ articleId: null, categoryId: null, unitId });
    expect((await legacyRedirectTarget(db, ["joomla:category:4"], NOW)).target).toEqual({ kind: "unit", id: unitId, slug: "ldld-huyen-chi-lang" });
  });

  it("writes nothing for no keys", async () => {
    await write([], { categoryId });
    expect(await db.select().from(legacyRedirects)).toEqual([]);
  });
});

describe("legacyRedirectTarget", () => {
  it("gives the first key, in the order asked, that leads somewhere", async () => {
    const { id } = await article("ky-niem-ngay-thanh-lap");
    await write(["joomla:category-path:tin-tuc/hoat-dong"], { categoryId });
    await write(["nukeviet:article:77"], { articleId: id });
    const keys = ["joomla:article:77", "nukeviet:article:77", "joomla:category-path:tin-tuc/hoat-dong"];
    expect((await legacyRedirectTarget(db, keys, NOW)).target).toEqual({ kind: "article", id, slug: "ky-niem-ngay-thanh-lap" });
    expect((await legacyRedirectTarget(db, [...keys].reverse(), NOW)).target).toEqual({ kind: "category", id: categoryId, slug: "hoat-dong-cong-doan" });
    expect(await legacyRedirectTarget(db, ["joomla:article:404"], NOW)).toEqual({ target: null, articleIds: [] });
    expect(await legacyRedirectTarget(db, [], NOW)).toEqual({ target: null, articleIds: [] });
  });

  it("does not serve a draft or a scheduled article, and goes on to the next key; it names them for the page's tags", async () => {
    const draft = await article("ban-nhap-chua-dang", { status: "draft", publishedAt: null });
    const scheduled = await article("hen-gio-dang", { publishedAt: new Date("2026-11-23T00:00:00Z") });
    await write(["joomla:article:1"], { articleId: draft.id });
    await write(["joomla:article:2"], { articleId: scheduled.id });
    await write(["joomla:category-path:tin-tuc"], { categoryId });
    expect(await legacyRedirectTarget(db, ["joomla:article:1"], NOW)).toEqual({ target: null, articleIds: [draft.id] });
    expect(await legacyRedirectTarget(db, ["joomla:article:2"], NOW)).toEqual({ target: null, articleIds: [scheduled.id] });
    expect((await legacyRedirectTarget(db, ["joomla:article:2"], new Date("2026-11-23T00:00:00Z"))).target).toMatchObject({ id: scheduled.id });
    expect((await legacyRedirectTarget(db, ["joomla:article:1", "joomla:category-path:tin-tuc"], NOW)).target).toMatchObject({ kind: "category", id: categoryId });
  });

  it("forgets an article's keys when the article is deleted", async () => {
    const { id } = await article("tin-se-xoa");
    await write(["joomla:article:5", "joomla:article:6"], { articleId: id });
    await writeTransaction(db, (tx) => deleteArticle(tx, id));
    expect(await db.select().from(legacyRedirects)).toEqual([]);
    expect(await legacyRedirectTarget(db, ["joomla:article:5"], NOW)).toEqual({ target: null, articleIds: [] });
  });
});
