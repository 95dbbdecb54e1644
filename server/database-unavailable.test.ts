// PostgreSQL going away during a save (a restart, a dropped connection): the command answers
// "thử lại" instead of crashing, nothing of it is written, and the next save works. PostgreSQL
// only (vitest.postgres.config.ts): on SQLite there is no connection to lose.
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { adminUnits, insertUnitRow } from "@/db/queries/taxonomy-admin";
import { rowsOf } from "@/db/sql";
import { createTestDatabase, type TestDatabase } from "@/db/test-database";
import { atomically, DATABASE_UNAVAILABLE } from "./atomically";

let handle: TestDatabase;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(() => handle.close());

const unit = (slug: string) => ({ name: `Đơn vị ${slug}`, shortName: slug, slug, parentId: null });

describe("a save when the database goes away", () => {
  it("answers 'thử lại', writes nothing, and the next save works", async () => {
    // The pool tells the operator that a connection was cut: expected here.
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const admin = new pg.Client({ connectionString: handle.location });
    await admin.connect();
    try {
      const result = await atomically(handle.db, async (tx) => {
        await insertUnitRow(tx, unit("truoc"));
        const [own] = await rowsOf<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
        // What a server restart does to every open connection: ends it from the server's side.
        await admin.query("select pg_terminate_backend($1)", [own?.pid]);
        await insertUnitRow(tx, unit("sau"));
        return { ok: true } as const;
      });
      expect(result).toBe(DATABASE_UNAVAILABLE);
      expect(DATABASE_UNAVAILABLE).toMatchObject({ ok: false, formError: expect.stringContaining("thử lại") });
      expect(await adminUnits(handle.db)).toEqual([]);
      expect(await atomically(handle.db, async (tx) => ({ ok: true, id: await insertUnitRow(tx, unit("lan-sau")) }))).toMatchObject({ ok: true });
      expect((await adminUnits(handle.db)).map((row) => row.slug)).toEqual(["lan-sau"]);
    } finally {
      await admin.end();
      logged.mockRestore();
    }
  });
});
