import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Database } from "../client";
import { activeDialect } from "../dialect";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "../test-database";
import { publicationExpiries } from "../schema";
import { claimPublicationExpiry, latestDuePublication } from "./publication-expiries";

const NOW = new Date("2026-12-01T03:00:00Z");
const seconds = (n: number) => new Date(NOW.getTime() + n * 1000);

/**
 * Both instances' claims: at once on PostgreSQL; on SQLite one after the other, as two processes'
 * writes to one file are (two connections in this one process would wait on each other's lock
 * while holding the event loop).
 */
async function bothAtOnce(claims: (() => Promise<boolean>)[]): Promise<boolean[]> {
  if (activeDialect() === "postgres") return Promise.all(claims.map((claim) => claim()));
  const results: boolean[] = [];
  for (const claim of claims) results.push(await claim());
  return results;
}

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

describe("latestDuePublication", () => {
  it("is the latest publish time that has come within the last day, of a published article", async () => {
    await insertArticle(db, { unitId, categoryId, publishedAt: seconds(-90_000) }); // more than a day ago
    expect(await latestDuePublication(db, NOW)).toBeNull();
    await insertArticle(db, { unitId, categoryId, publishedAt: seconds(-600) });
    await insertArticle(db, { unitId, categoryId, publishedAt: seconds(-5) });
    await insertArticle(db, { unitId, categoryId, status: "draft", publishedAt: seconds(-1) });
    await insertArticle(db, { unitId, categoryId, publishedAt: seconds(30) }); // still to come
    expect(await latestDuePublication(db, NOW)).toEqual(seconds(-5));
    expect(await latestDuePublication(db, seconds(30))).toEqual(seconds(30));
  });
});

describe("claimPublicationExpiry", () => {
  it("lets one instance of several expire the pages for a publication's moment, and each later moment once again", async () => {
    // Two instances: two connections to one database, waking at the same moment.
    const other = openDatabase(handle.location);
    try {
      const first = await bothAtOnce([() => claimPublicationExpiry(db, seconds(-1), NOW), () => claimPublicationExpiry(other, seconds(-1), NOW)]);
      expect(first.filter(Boolean)).toHaveLength(1);
      // The same moment asked for again, by either: nothing more to do.
      expect(await claimPublicationExpiry(other, seconds(-1), seconds(1))).toBe(false);
      expect(await claimPublicationExpiry(db, seconds(-1), seconds(1))).toBe(false);
      // The next scheduled publication is a new moment.
      const next = await bothAtOnce([() => claimPublicationExpiry(other, seconds(60), seconds(60)), () => claimPublicationExpiry(db, seconds(60), seconds(60))]);
      expect(next.filter(Boolean)).toHaveLength(1);
    } finally {
      await closeDatabase(other);
    }
  });

  it("forgets claims older than two days as new ones come", async () => {
    expect(await claimPublicationExpiry(db, seconds(-3 * 86_400), seconds(-3 * 86_400))).toBe(true);
    expect(await claimPublicationExpiry(db, seconds(-86_400), seconds(-86_400))).toBe(true);
    expect(await claimPublicationExpiry(db, NOW, NOW)).toBe(true);
    const kept = (await db.select().from(publicationExpiries)).map((row) => row.dueAt.getTime()).sort();
    expect(kept).toEqual([seconds(-86_400).getTime(), NOW.getTime()]);
  });
});
