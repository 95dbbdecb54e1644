// writeTransaction: one write transaction at a time per database, on a connection of its own, all
// or nothing, and a nested call joins the transaction it is called from.
import BetterSqlite3 from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "./client";
import { units } from "./schema";
import { onlyRow } from "./sql";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { writeTransaction } from "./transaction";

let handle: TestDatabase;
let db: Database;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterEach(() => handle.close());

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const unit = (slug: string) => ({ name: `Đơn vị ${slug}`, shortName: slug, slug });
const storedSlugs = async () => (await db.select({ slug: units.slug }).from(units).orderBy(units.slug)).map((row) => row.slug);

/** A promise and the function that settles it, to hold a transaction open at a chosen point. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("writeTransaction", () => {
  it("runs concurrent transactions one after the other, so a read-then-write in each is not lost", async () => {
    const { id } = onlyRow(await writeTransaction(db, (tx) => tx.insert(units).values({ ...unit("dem"), sortOrder: 0 }).returning({ id: units.id })));
    const increment = () =>
      writeTransaction(db, async (tx) => {
        const [row] = await tx.select({ n: units.sortOrder }).from(units).where(eq(units.id, id));
        // The other transaction would read the same value here if the two overlapped.
        await pause(10);
        await tx.update(units).set({ sortOrder: (row?.n ?? 0) + 1 }).where(eq(units.id, id));
      });
    await Promise.all([increment(), increment()]);
    const [row] = await db.select({ n: units.sortOrder }).from(units).where(eq(units.id, id));
    expect(row?.n).toBe(2);
  });

  it("keeps an uncommitted write from readers outside the transaction until it commits", async () => {
    const held = gate();
    const written = gate();
    const transaction = writeTransaction(db, async (tx) => {
      await tx.insert(units).values(unit("chua-luu"));
      // Inside, the transaction reads its own write.
      expect((await tx.select({ slug: units.slug }).from(units)).map((row) => row.slug)).toEqual(["chua-luu"]);
      written.open();
      await held.opened;
    });
    await written.opened;
    // The transaction is awaiting, its insert made but not committed: the reader does not see it.
    expect(await storedSlugs()).toEqual([]);
    // Nor does another process reading the file.
    const other = new BetterSqlite3(handle.location, { readonly: true });
    try {
      expect(other.prepare("SELECT slug FROM units").all()).toEqual([]);
      held.open();
      await transaction;
      expect(await storedSlugs()).toEqual(["chua-luu"]);
      expect(other.prepare("SELECT slug FROM units").all()).toEqual([{ slug: "chua-luu" }]);
    } finally {
      other.close();
    }
  });

  it("rolls back every write of a transaction whose work throws, and passes the error on", async () => {
    await writeTransaction(db, (tx) => tx.insert(units).values(unit("co-san")));
    const failure = new Error("hỏng giữa chừng");
    await expect(
      writeTransaction(db, async (tx) => {
        await tx.insert(units).values(unit("mot"));
        await tx.update(units).set({ name: "Đã đổi tên" }).where(eq(units.slug, "co-san"));
        await pause(5);
        await tx.insert(units).values(unit("hai"));
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await storedSlugs()).toEqual(["co-san"]);
    expect((await db.select({ name: units.name }).from(units))[0]?.name).toBe("Đơn vị co-san");
    // The writer is free again: the next transaction runs and commits.
    await writeTransaction(db, (tx) => tx.insert(units).values(unit("sau")));
    expect(await storedSlugs()).toEqual(["co-san", "sau"]);
  });

  it("joins the outer transaction when called with its handle or with the database from inside it", async () => {
    const result = await writeTransaction(db, async (outer) => {
      await outer.insert(units).values(unit("ngoai"));
      const withHandle = await writeTransaction(outer, async (inner) => {
        await inner.insert(units).values(unit("trong-1"));
        // The joined transaction sees the outer's uncommitted write.
        return (await inner.select({ slug: units.slug }).from(units)).length;
      });
      const withDatabase = await writeTransaction(db, async (inner) => {
        await inner.insert(units).values(unit("trong-2"));
        return (await inner.select({ slug: units.slug }).from(units)).length;
      });
      // Not committed yet: the reader outside sees none of the three.
      expect(await storedSlugs()).toEqual([]);
      return [withHandle, withDatabase];
    });
    expect(result).toEqual([2, 3]);
    expect(await storedSlugs()).toEqual(["ngoai", "trong-1", "trong-2"]);
  });

  it("rolls back the joined writes with the outer transaction when the outer throws", async () => {
    await expect(
      writeTransaction(db, async (outer) => {
        await outer.insert(units).values(unit("ngoai"));
        await writeTransaction(outer, (inner) => inner.insert(units).values(unit("trong-1")));
        await writeTransaction(db, (inner) => inner.insert(units).values(unit("trong-2")));
        throw new Error("ngoài hỏng");
      }),
    ).rejects.toThrow("ngoài hỏng");
    expect(await storedSlugs()).toEqual([]);
  });

  it("makes another process's write wait for the transaction, then lets it in", async () => {
    const held = gate();
    const begun = gate();
    const transaction = writeTransaction(db, async (tx) => {
      await tx.insert(units).values(unit("cua-minh"));
      begun.open();
      await held.opened;
    });
    await begun.opened;
    const other = new BetterSqlite3(handle.location);
    try {
      // BEGIN IMMEDIATE took the file's write lock: without waiting, the other writer is refused.
      other.pragma("busy_timeout = 0");
      expect(() => other.prepare("INSERT INTO units (name, short_name, slug) VALUES ('Khác', 'Khác', 'khac')").run()).toThrow(/locked|busy/i);
      held.open();
      await transaction;
      other.prepare("INSERT INTO units (name, short_name, slug) VALUES ('Khác', 'Khác', 'khac')").run();
    } finally {
      other.close();
    }
    expect(await storedSlugs()).toEqual(["cua-minh", "khac"]);
  });
});
