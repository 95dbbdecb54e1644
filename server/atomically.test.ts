import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failure } from "@/core/action-result";
import type { Database } from "@/db/client";
import { adminUnits, insertUnitRow } from "@/db/queries/taxonomy-admin";
import { createTestDatabase, failWrites } from "@/db/test-database";
import { atomically } from "./atomically";

let handle: ReturnType<typeof createTestDatabase>;
let db: Database;

beforeEach(() => {
  handle = createTestDatabase();
  db = handle.db;
});
afterEach(() => handle.close());

const unit = (slug: string, parentId: number | null = null) => ({ name: `Đơn vị ${slug}`, shortName: slug, slug, parentId });
const slugTaken = failure("Đường dẫn này đã được dùng.", { slug: ["Đường dẫn này đã được dùng."] });

describe("a command's one transaction", () => {
  it("keeps what the command wrote when it succeeds", () => {
    expect(atomically(db, (tx) => ({ ok: true, id: insertUnitRow(tx, unit("mot")) }))).toMatchObject({ ok: true });
    expect(adminUnits(db).map((u) => u.slug)).toEqual(["mot"]);
  });

  it("writes nothing when the command returns a failure after writing", () => {
    const refused = failure("Không được.");
    expect(
      atomically(db, (tx) => {
        insertUnitRow(tx, unit("mot"));
        return refused;
      }),
    ).toBe(refused);
    expect(adminUnits(db)).toEqual([]);
  });

  it("turns a unique violation into the failure named for its column, writing nothing", () => {
    const twice = (tx: Parameters<Parameters<typeof atomically>[1]>[0]) => {
      insertUnitRow(tx, unit("mot"));
      insertUnitRow(tx, unit("mot"));
      return { ok: true } as const;
    };
    expect(atomically(db, twice, { "units.slug": slugTaken })).toBe(slugTaken);
    expect(atomically(db, twice)).toMatchObject({ ok: false, formError: expect.stringContaining("trùng với một mục vừa được tạo") });
    expect(adminUnits(db)).toEqual([]);
  });

  it("turns a reference to something that does not exist into a failure, writing nothing", () => {
    const result = atomically(db, (tx) => {
      insertUnitRow(tx, unit("mot"));
      insertUnitRow(tx, unit("hai", 99999));
      return { ok: true } as const;
    });
    expect(result).toMatchObject({ ok: false, formError: expect.stringContaining("không còn") });
    expect(adminUnits(db)).toEqual([]);
  });

  it("lets any other database failure throw, as the bug it is, writing nothing", () => {
    failWrites(db, "AFTER INSERT ON units WHEN NEW.slug = 'hai'");
    expect(() =>
      atomically(db, (tx) => {
        insertUnitRow(tx, unit("mot"));
        insertUnitRow(tx, unit("hai"));
        return { ok: true } as const;
      }),
    ).toThrow("forced failure");
    expect(adminUnits(db)).toEqual([]);
  });
});
