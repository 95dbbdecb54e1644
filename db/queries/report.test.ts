import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { daysPeriod, monthPeriod, quarterPeriod } from "@/core/report-period";
import type { Database } from "../client";
import { articleDailyViews } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase } from "../test-database";
import { writeTransaction } from "../transaction";
import { ownFiguresInPeriod, publishedGroups } from "./report";

// The report's published articles counted by the database per unit, writer and Vietnam month, and
// its views and most-read article per unit (db/queries/report.ts), on SQLite and on PostgreSQL
// (vitest.postgres.config.ts).
const NOW = new Date("2026-12-01T03:00:00Z");

let handle: TestDatabase;
let db: Database;
let categoryId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  categoryId = (await insertCategory(db)).id;
});
afterEach(() => handle.close());

describe("publishedGroups", () => {
  it("puts each article in its Vietnam month, per unit and writer, with its photos; drafts, taken-down and not-yet-due articles are not counted", async () => {
    const district = (await insertUnit(db)).id;
    const city = (await insertUnit(db)).id;
    const writer = (await insertUser(db, { role: "contributor" })).id;
    const other = (await insertUser(db, { role: "contributor" })).id;
    const at = (iso: string) => new Date(iso);
    const article = (unitId: number, createdBy: number | null, publishedAt: Date, extra: Record<string, unknown> = {}) =>
      insertArticle(db, { unitId, categoryId, createdBy, publishedAt, ...extra });

    // 23:59 on 31 March in Vietnam is March; 00:30 on 1 April (17:30 UTC the day before) is April.
    await article(district, writer, at("2026-03-31T16:59:00Z"));
    await article(district, writer, at("2026-03-31T17:30:00Z"), { bodyHtml: '<p>Ảnh</p><img src="/a.webp" alt=""><img src="/b.webp" alt="">' });
    await article(district, other, at("2026-04-15T03:00:00Z"));
    await article(district, writer, at("2026-06-30T16:59:59Z"));
    await article(city, null, at("2026-05-01T00:00:00Z"));
    // Not counted: published before or after the period, a draft, a taken-down article, one not yet due.
    await article(district, writer, at("2026-06-30T17:00:00Z"));
    await article(district, writer, at("2026-03-31T16:59:59Z"));
    await article(city, writer, at("2026-04-10T03:00:00Z"), { status: "draft", publishedAt: null });
    await article(city, writer, at("2026-04-10T03:00:00Z"), { status: "unpublished" });

    const quarter = quarterPeriod(2026, 2);
    const groups = await publishedGroups(db, { unitIds: null, authorId: null }, quarter, NOW);
    const sorted = (list: typeof groups) => [...list].sort((a, b) => a.month.localeCompare(b.month) || a.unitId - b.unitId || (a.createdBy ?? 0) - (b.createdBy ?? 0));
    expect(sorted(groups)).toEqual(
      sorted([
        { unitId: district, createdBy: writer, month: "2026-04", articles: 1, photos: 2 },
        { unitId: district, createdBy: other, month: "2026-04", articles: 1, photos: 0 },
        { unitId: city, createdBy: null, month: "2026-05", articles: 1, photos: 0 },
        { unitId: district, createdBy: writer, month: "2026-06", articles: 1, photos: 0 },
      ]),
    );

    // A scope of units, one writer's own, and a period of days that starts mid-month.
    expect(await publishedGroups(db, { unitIds: [city], authorId: null }, quarter, NOW)).toEqual([{ unitId: city, createdBy: null, month: "2026-05", articles: 1, photos: 0 }]);
    const mine = await publishedGroups(db, { unitIds: null, authorId: other }, quarter, NOW);
    expect(mine).toEqual([{ unitId: district, createdBy: other, month: "2026-04", articles: 1, photos: 0 }]);
    const days = daysPeriod({ year: 2026, month: 3, day: 31 }, { year: 2026, month: 4, day: 1 });
    if (!days.ok) throw new Error(days.problem);
    expect(sorted(await publishedGroups(db, { unitIds: null, authorId: null }, days.period, NOW))).toEqual(
      sorted([
        { unitId: district, createdBy: writer, month: "2026-03", articles: 2, photos: 0 },
        { unitId: district, createdBy: writer, month: "2026-04", articles: 1, photos: 2 },
      ]),
    );

    // Not yet due on the day the report is asked for: counted once its time has come.
    await article(city, writer, at("2026-06-01T03:00:00Z"));
    const before = await publishedGroups(db, { unitIds: [city], authorId: writer }, quarter, at("2026-06-01T02:59:00Z"));
    expect(before).toEqual([]);
  });
});

describe("views and the most-read article per unit", () => {
  it("sums a unit's views of the period and names its most-read public article, the newer of two read as much", async () => {
    const district = (await insertUnit(db)).id;
    const city = (await insertUnit(db)).id;
    const quiet = (await insertUnit(db)).id;
    const published = (unitId: number, extra: Record<string, unknown> = {}) => insertArticle(db, { unitId, categoryId, publishedAt: new Date("2026-03-02T03:00:00Z"), ...extra });
    const older = await published(district);
    const newer = await published(district);
    const takenDown = await published(district, { status: "unpublished" });
    const cityOnly = await published(city, { status: "unpublished" });
    const notYetDue = await published(quiet, { publishedAt: new Date("2026-12-24T03:00:00Z") });
    const read = (articleId: number, day: string, views: number) => ({ articleId, day, views });
    await writeTransaction(db, (tx) =>
      tx.insert(articleDailyViews).values([
        // April in Vietnam's days: the last of March and the first of May are outside.
        read(older.id, "2026-03-31", 1000),
        read(older.id, "2026-04-01", 300),
        read(older.id, "2026-04-30", 200),
        read(newer.id, "2026-04-15", 500),
        read(newer.id, "2026-05-01", 1000),
        // Read more than both, but taken down since: counted in the unit's views, never named.
        read(takenDown.id, "2026-04-20", 900),
        read(cityOnly.id, "2026-04-20", 70),
        // An article whose time has not come: its views count, it is not named either.
        read(notYetDue.id, "2026-04-21", 1_500_000_000),
        read(notYetDue.id, "2026-04-22", 1_500_000_000),
      ]),
    );

    const april = await ownFiguresInPeriod(db, { unitIds: null, authorId: null }, monthPeriod(2026, 4), NOW);
    const figures = (unitId: number) => {
      const own = april.own.get(unitId);
      return own && { views: own.views, mostRead: own.mostRead && { id: own.mostRead.articleId, title: own.mostRead.title, slug: own.mostRead.slug, views: own.mostRead.views } };
    };
    // 500 each: the newer of the two is named.
    expect(figures(district)).toEqual({ views: 1900, mostRead: { id: newer.id, title: newer.title, slug: newer.slug, views: 500 } });
    expect(figures(city)).toEqual({ views: 70, mostRead: null });
    // Views past 2^31 (a day's column is a 32-bit integer on PostgreSQL) are summed and kept exactly.
    expect(figures(quiet)).toEqual({ views: 3_000_000_000, mostRead: null });

    // Once it is public, the article read 3 billion times is named with its exact count.
    const december = await ownFiguresInPeriod(db, { unitIds: [quiet], authorId: null }, monthPeriod(2026, 4), new Date("2026-12-25T00:00:00Z"));
    expect(december.own.get(quiet)?.mostRead).toEqual({ articleId: notYetDue.id, title: notYetDue.title, slug: notYetDue.slug, views: 3_000_000_000 });
    expect(december.own.has(district)).toBe(false);
  });
});
