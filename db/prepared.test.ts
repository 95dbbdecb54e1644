// preparedQuery: a statement built once per handle and run with each call's values, inside the
// transaction it is run in; `excluded` in an upsert's update. On SQLite here, on PostgreSQL in
// vitest.postgres.config.ts.
import { asc, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database, Transaction } from "./client";
import { excluded, placeholders, preparedQuery } from "./prepared";
import { units } from "./schema";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { writeTransaction } from "./transaction";

let handle: TestDatabase;
let db: Database;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterEach(() => handle.close());

let builds = 0;
const upsertUnit = preparedQuery("test-unit-upsert", (tx: Transaction) => {
  builds += 1;
  return tx
    .insert(units)
    .values(placeholders(["name", "shortName", "slug", "sortOrder"] as const))
    .onConflictDoUpdate({ target: units.slug, set: { name: excluded(units.name), sortOrder: excluded(units.sortOrder) } })
    .returning({ id: units.id });
});
const unitsBySlug = preparedQuery("test-units-by-slug", (reader: Database) =>
  reader.select({ slug: units.slug, name: units.name, sortOrder: units.sortOrder }).from(units).where(eq(units.slug, sql.placeholder("slug"))),
);
const unit = (slug: string, sortOrder: number) => ({ name: `Đơn vị ${slug} ${sortOrder}`, shortName: slug, slug, sortOrder });
const stored = async () => db.select({ slug: units.slug, name: units.name, sortOrder: units.sortOrder }).from(units).orderBy(asc(units.slug));

describe("preparedQuery", () => {
  it("runs each call with its own values, and an upsert's update takes the refused row's values (excluded)", async () => {
    const [first] = await writeTransaction(db, (tx) => upsertUnit(tx, unit("chi-lang", 1)));
    await writeTransaction(db, async (tx) => {
      await upsertUnit(tx, unit("cao-loc", 2));
      await upsertUnit(tx, unit("chi-lang", 3));
    });
    expect(await stored()).toEqual([
      { slug: "cao-loc", name: "Đơn vị cao-loc 2", sortOrder: 2 },
      { slug: "chi-lang", name: "Đơn vị chi-lang 3", sortOrder: 3 },
    ]);
    expect(await unitsBySlug(db, { slug: "chi-lang" })).toEqual([{ slug: "chi-lang", name: "Đơn vị chi-lang 3", sortOrder: 3 }]);
    expect(await unitsBySlug(db, { slug: "khong-co" })).toEqual([]);
    expect(first?.id).toEqual(expect.any(Number));
  });

  it("writes inside the transaction it runs in: a failed transaction leaves nothing of it", async () => {
    await expect(
      writeTransaction(db, async (tx) => {
        await upsertUnit(tx, unit("loc-binh", 1));
        expect(await unitsBySlug(tx, { slug: "loc-binh" })).toHaveLength(1);
        throw new Error("bỏ");
      }),
    ).rejects.toThrow("bỏ");
    expect(await stored()).toEqual([]);
    await writeTransaction(db, (tx) => upsertUnit(tx, unit("loc-binh", 2)));
    expect(await stored()).toEqual([{ slug: "loc-binh", name: "Đơn vị loc-binh 2", sortOrder: 2 }]);
  });

  it("builds the statement once per handle, however often it runs", async () => {
    const before = builds;
    await writeTransaction(db, async (tx) => {
      for (let n = 0; n < 5; n++) await upsertUnit(tx, unit(`don-vi-${n}`, n));
    });
    // One transaction: one build on either dialect (SQLite keeps it for the connection's life).
    expect(builds - before).toBe(1);
    expect(await stored()).toHaveLength(5);
  });

  it("refuses a call without a value for one of its placeholders, writing nothing", async () => {
    const { slug: _slug, ...withoutSlug } = unit("trang-dinh", 1);
    await expect(writeTransaction(db, (tx) => upsertUnit(tx, withoutSlug))).rejects.toThrow('No value for placeholder "slug"');
    expect(await stored()).toEqual([]);
  });
});
