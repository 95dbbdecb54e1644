import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failure } from "@/core/action-result";
import type { Database } from "@/db/client";
import { adminUnits, insertUnitRow } from "@/db/queries/taxonomy-admin";
import { createTestDatabase, failWrites, type TestDatabase, isForcedFailure } from "@/db/test-database";
import { atomically } from "./atomically";

let handle: TestDatabase;
let db: Database;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterEach(() => handle.close());

const unit = (slug: string, parentId: number | null = null) => ({ name: `Đơn vị ${slug}`, shortName: slug, slug, parentId });
const slugTaken = failure("Đường dẫn này đã được dùng.", { slug: ["Đường dẫn này đã được dùng."] });

describe("a command's one transaction", () => {
  it("keeps what the command wrote when it succeeds", async () => {
    expect(await atomically(db, async (tx) => ({ ok: true, id: await insertUnitRow(tx, unit("mot")) }))).toMatchObject({ ok: true });
    expect((await adminUnits(db)).map((u) => u.slug)).toEqual(["mot"]);
  });

  it("writes nothing when the command returns a failure after writing", async () => {
    const refused = failure("Không được.");
    expect(
      await atomically(db, async (tx) => {
        await insertUnitRow(tx, unit("mot"));
        return refused;
      }),
    ).toBe(refused);
    expect(await adminUnits(db)).toEqual([]);
  });

  it("turns a unique violation into the failure named for its column, writing nothing", async () => {
    const twice = async (tx: Parameters<Parameters<typeof atomically>[1]>[0]) => {
      await insertUnitRow(tx, unit("mot"));
      await insertUnitRow(tx, unit("mot"));
      return { ok: true } as const;
    };
    expect(await atomically(db, twice, { "units.slug": slugTaken })).toBe(slugTaken);
    expect(await atomically(db, twice)).toMatchObject({ ok: false, formError: expect.stringContaining("trùng với một mục vừa được tạo") });
    expect(await adminUnits(db)).toEqual([]);
  });

  it("turns a reference to something that does not exist into a failure, writing nothing", async () => {
    const result = await atomically(db, async (tx) => {
      await insertUnitRow(tx, unit("mot"));
      await insertUnitRow(tx, unit("hai", 99999));
      return { ok: true } as const;
    });
    expect(result).toMatchObject({ ok: false, formError: expect.stringContaining("không còn") });
    expect(await adminUnits(db)).toEqual([]);
  });

  it("lets any other database failure throw, as the bug it is, writing nothing", async () => {
    await failWrites(db, "AFTER INSERT ON units", "NEW.slug = 'hai'");
    await expect(atomically(db, async (tx) => {
        await insertUnitRow(tx, unit("mot"));
        await insertUnitRow(tx, unit("hai"));
        return { ok: true } as const;
      })).rejects.toSatisfy(isForcedFailure);
    expect(await adminUnits(db)).toEqual([]);
  });
});
