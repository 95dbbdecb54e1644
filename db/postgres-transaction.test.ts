// What writeTransaction promises on PostgreSQL, where a pool serves many connections at once: the
// same guarantees db/transaction.test.ts proves on SQLite, on a real server (npm run test:db:pg).
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, closeDatabase } from "./client";
import { units } from "./schema";
import { createTestDatabase, insertUnit, type TestDatabase } from "./test-database";
import { writeTransaction } from "./transaction";

let handle: TestDatabase;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(() => handle.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const orderOf = async (db = handle.db, id: number) => (await db.select({ n: units.sortOrder }).from(units).where(eq(units.id, id)))[0]?.n;

describe("writeTransaction on PostgreSQL", () => {
  it("runs write transactions one at a time: a read-then-write in each, awaiting between, loses no update", async () => {
    const unit = await insertUnit(handle.db, { sortOrder: 0 });
    const increment = () =>
      writeTransaction(handle.db, async (tx) => {
        const current = (await orderOf(tx, unit.id)) ?? 0;
        await pause(20);
        await tx.update(units).set({ sortOrder: current + 1 }).where(eq(units.id, unit.id));
      });
    await Promise.all(Array.from({ length: 5 }, increment));
    expect(await orderOf(handle.db, unit.id)).toBe(5);
  });

  it("serialises the writers of two instances too (two pools on one database)", async () => {
    const unit = await insertUnit(handle.db, { sortOrder: 0 });
    const other = openDatabase(handle.location);
    try {
      const increment = (db: typeof handle.db) =>
        writeTransaction(db, async (tx) => {
          const current = (await orderOf(tx, unit.id)) ?? 0;
          await pause(20);
          await tx.update(units).set({ sortOrder: current + 1 }).where(eq(units.id, unit.id));
        });
      await Promise.all([increment(handle.db), increment(other), increment(handle.db), increment(other)]);
      expect(await orderOf(handle.db, unit.id)).toBe(4);
    } finally {
      await closeDatabase(other);
    }
  });

  it("shows readers nothing of a transaction until it commits, and nothing at all of one that throws", async () => {
    let seenDuring: number | undefined = -1;
    await writeTransaction(handle.db, async (tx) => {
      const unit = await insertUnit(tx as unknown as typeof handle.db, { slug: "trong-giao-dich" });
      seenDuring = (await handle.db.select().from(units).where(eq(units.id, unit.id))).length;
    });
    expect(seenDuring).toBe(0);
    expect(await handle.db.select().from(units).where(eq(units.slug, "trong-giao-dich"))).toHaveLength(1);

    await expect(
      writeTransaction(handle.db, async (tx) => {
        await tx.insert(units).values({ name: "Sẽ mất", shortName: "Mất", slug: "se-mat" });
        throw new Error("hỏng giữa chừng");
      }),
    ).rejects.toThrow("hỏng giữa chừng");
    expect(await handle.db.select().from(units).where(eq(units.slug, "se-mat"))).toHaveLength(0);
  });

  it("joins the outer transaction when called inside it, with its handle or with the database's", async () => {
    await expect(
      writeTransaction(handle.db, async (tx) => {
        await writeTransaction(tx, (inner) => inner.insert(units).values({ name: "A", shortName: "A", slug: "a" }));
        await writeTransaction(handle.db, (inner) => inner.insert(units).values({ name: "B", shortName: "B", slug: "b" }));
        expect(await tx.select().from(units)).toHaveLength(2);
        throw new Error("bỏ cả hai");
      }),
    ).rejects.toThrow("bỏ cả hai");
    expect(await handle.db.select().from(units)).toHaveLength(0);
  });
});
