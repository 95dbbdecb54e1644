import { describe, expect, it } from "vitest";
import { reportScope } from "./report-scope";

// A province (1) with a district (2) that has a grassroots union (3), and a city union (4).
const units = [
  { id: 1, parentId: null, name: "LĐLĐ tỉnh" },
  { id: 2, parentId: 1, name: "LĐLĐ huyện Tân Phong" },
  { id: 3, parentId: 2, name: "CĐCS Khu công nghiệp" },
  { id: 4, parentId: 1, name: "LĐLĐ thành phố" },
];
const actor = (role: "admin" | "editor" | "contributor", unitId: number | null, isActive = true) => ({ id: 7, role, isActive, unitId });
const ask = (unitId: number | null = null, mine = false) => ({ unitId, mine });
const ids = (result: ReturnType<typeof reportScope>) => (result.ok && result.scope.kind === "units" && result.scope.unitIds ? [...result.scope.unitIds].sort() : result.ok && result.scope.kind === "units" ? "all" : result);

describe("reportScope", () => {
  it("gives an admin every unit, whatever their own unit, and any unit's subtree on request", () => {
    expect(ids(reportScope(actor("admin", 2), units, ask()))).toBe("all");
    expect(ids(reportScope(actor("admin", 2), units, ask(4)))).toEqual([4]);
  });

  it("gives an editor of the top unit, or of none, the whole province", () => {
    expect(ids(reportScope(actor("editor", 1), units, ask()))).toBe("all");
    expect(ids(reportScope(actor("editor", null), units, ask()))).toBe("all");
  });

  it("gives a district's editor their subtree, a unit in it on request, and refuses the rest", () => {
    expect(ids(reportScope(actor("editor", 2), units, ask()))).toEqual([2, 3]);
    expect(ids(reportScope(actor("editor", 2), units, ask(3)))).toEqual([3]);
    expect(reportScope(actor("editor", 2), units, ask(4))).toEqual({ ok: false, status: 403, problem: "Bạn chỉ xem được báo cáo của LĐLĐ huyện Tân Phong và các đơn vị trực thuộc." });
    expect(reportScope(actor("editor", 2), units, ask(1))).toMatchObject({ ok: false, status: 403 });
  });

  it("says a unit that does not exist is not found, for anyone who may choose units", () => {
    expect(reportScope(actor("admin", 1), units, ask(99))).toMatchObject({ ok: false, status: 404 });
    expect(reportScope(actor("editor", 2), units, ask(99))).toMatchObject({ ok: false, status: 404 });
  });

  it("gives a contributor only their own numbers, and no one disabled or signed out anything", () => {
    expect(reportScope(actor("contributor", 3), units, ask(null, true))).toEqual({ ok: true, scope: { kind: "mine" } });
    expect(reportScope(actor("contributor", 3), units, ask())).toMatchObject({ ok: false, status: 403 });
    expect(reportScope(actor("contributor", 3), units, ask(3))).toMatchObject({ ok: false, status: 403 });
    expect(reportScope(actor("admin", 1, false), units, ask())).toMatchObject({ ok: false, status: 403 });
    expect(reportScope(null, units, ask(null, true))).toMatchObject({ ok: false, status: 403 });
  });
});
