// The SQLite connections keep their prepared statements (db/client.ts keepPreparedStatements).
/* eslint-disable no-restricted-syntax -- better-sqlite3's own statements are what this file tests (eslint.config.mjs allows them; the rule cannot see through a variable) */
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enlargeWriteCache, mapDatabaseFile, sqliteConnections } from "./client";
import { units } from "./schema";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { writeTransaction } from "./transaction";

let handle: TestDatabase;

beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(() => handle.close());

describe("enlargeWriteCache", () => {
  it("gives the write connection the page cache asked for, and leaves the readers' as it was", () => {
    const { reader, writer } = sqliteConnections(handle.db);
    const before = reader.pragma("cache_size", { simple: true });
    enlargeWriteCache(handle.db, 64);
    expect(writer.pragma("cache_size", { simple: true })).toBe(-65536);
    expect(reader.pragma("cache_size", { simple: true })).toBe(before);
  });
});

describe("mapDatabaseFile", () => {
  it("maps the file for both connections of the server, where a batch's are left unmapped", () => {
    const { reader, writer } = sqliteConnections(handle.db);
    expect([reader.pragma("mmap_size", { simple: true }), writer.pragma("mmap_size", { simple: true })]).toEqual([0, 0]);
    mapDatabaseFile(handle.db);
    expect([reader.pragma("mmap_size", { simple: true }), writer.pragma("mmap_size", { simple: true })]).toEqual([0x7fff0000, 0x7fff0000]);
  });
});

describe("the SQLite connections' kept statements", () => {
  it("hand the same statement back for the same SQL, in its default output mode", () => {
    const { reader } = sqliteConnections(handle.db);
    const first = reader.prepare("select 1 as n, 2 as m");
    expect(first.raw(true).get()).toEqual([1, 2]);
    const again = reader.prepare("select 1 as n, 2 as m");
    expect(again).toBe(first);
    expect(again.get()).toEqual({ n: 1, m: 2 });
    expect(again.pluck(true).get()).toBe(1);
    expect(reader.prepare("select 1 as n, 2 as m").get()).toEqual({ n: 1, m: 2 });
  });

  it("prepare a fresh statement while the kept one is still being iterated", () => {
    const { reader } = sqliteConnections(handle.db);
    const sql = "select value from json_each('[1,2,3]')";
    const seen: unknown[] = [];
    for (const row of reader.prepare(sql).iterate()) seen.push(row, reader.prepare(sql).all().length);
    expect(seen).toEqual([{ value: 1 }, 3, { value: 2 }, 3, { value: 3 }, 3]);
  });

  it("give drizzle's object rows and array rows of one query alike, one after the other", async () => {
    await writeTransaction(handle.db, (tx) => tx.insert(units).values({ name: "Công đoàn Viên chức tỉnh", shortName: "CĐVC", slug: "cong-doan-vien-chuc", sortOrder: 0 }));
    const query = () => handle.db.select({ name: units.name, slug: units.slug }).from(units).where(eq(units.slug, "cong-doan-vien-chuc"));
    // drizzle reads a select with chosen fields as arrays (raw mode), a whole-table select too.
    expect(await query()).toEqual([{ name: "Công đoàn Viên chức tỉnh", slug: "cong-doan-vien-chuc" }]);
    expect(await query()).toEqual([{ name: "Công đoàn Viên chức tỉnh", slug: "cong-doan-vien-chuc" }]);
    const raw = sqliteConnections(handle.db).reader.prepare('select "name", "slug" from "units" where "units"."slug" = ?');
    expect(raw.get("cong-doan-vien-chuc")).toEqual({ name: "Công đoàn Viên chức tỉnh", slug: "cong-doan-vien-chuc" });
  });
});
