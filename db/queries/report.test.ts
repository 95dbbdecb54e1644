import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { daysPeriod, quarterPeriod } from "@/core/report-period";
import type { Database } from "../client";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, insertUser, type TestDatabase } from "../test-database";
import { publishedGroups } from "./report";

// The report's published articles counted by the database per unit, writer and Vietnam month
// (db/queries/report.ts), on SQLite and on PostgreSQL (vitest.postgres.config.ts).
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
