import { describe, expect, it } from "vitest";
import { neighbourFor, rollUp, subtreeIds, treeOrder, wouldCreateCycle } from "./unit-tree";

// 1 tỉnh ─┬─ 2 huyện A ── 4 cơ sở
//         └─ 3 huyện B
const tree = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 2 },
];

describe("wouldCreateCycle", () => {
  it.each([
    { id: 2, parentId: 2, expected: true, why: "a unit under itself" },
    { id: 1, parentId: 4, expected: true, why: "the root under its grandchild" },
    { id: 2, parentId: 4, expected: true, why: "a unit under its own child" },
    { id: 4, parentId: 3, expected: false, why: "moved to another branch" },
    { id: 3, parentId: 2, expected: false, why: "under a sibling" },
    { id: 2, parentId: null, expected: false, why: "made a top-level unit" },
    { id: 5, parentId: 1, expected: false, why: "a new unit" },
  ])("$why → $expected", ({ id, parentId, expected }) => {
    expect(wouldCreateCycle(tree, id, parentId)).toBe(expected);
  });

  it("stops on a tree that already loops", () => {
    expect(wouldCreateCycle([{ id: 7, parentId: 8 }, { id: 8, parentId: 7 }], 9, 7)).toBe(true);
  });
});

describe("neighbourFor", () => {
  const list = [{ id: 10 }, { id: 11 }, { id: 12 }];
  it.each([
    { id: 11, direction: "up" as const, expected: 10 },
    { id: 11, direction: "down" as const, expected: 12 },
    { id: 10, direction: "up" as const, expected: null },
    { id: 12, direction: "down" as const, expected: null },
    { id: 99, direction: "up" as const, expected: null },
  ])("$id $direction → $expected", ({ id, direction, expected }) => {
    expect(neighbourFor(list, id, direction)?.id ?? null).toBe(expected);
  });
});

describe("treeOrder", () => {
  it("puts each unit after its parent, siblings in their given order, with depths", () => {
    const units = [
      { id: 4, parentId: 2 },
      { id: 3, parentId: 1 },
      { id: 2, parentId: 1 },
      { id: 1, parentId: null },
      { id: 9, parentId: 77 },
    ];
    expect(treeOrder(units).map((u) => `${u.id}:${u.depth}`)).toEqual(["1:0", "3:1", "2:1", "4:2", "9:0"]);
  });
});

// A province (1) with the civil servants' union (2) and two district unions (3, 4); the district
// union 3 has a commune union (5) and a school union under it (6).
const province = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 1 },
  { id: 5, parentId: 3 },
  { id: 6, parentId: 5 },
];

describe("subtreeIds", () => {
  it("is a unit and every unit under it, at any depth", () => {
    expect([...subtreeIds(province, 1)].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...subtreeIds(province, 3)].sort()).toEqual([3, 5, 6]);
    expect([...subtreeIds(province, 4)]).toEqual([4]);
  });

  it("is empty for a unit that does not exist, and ends on a broken tree", () => {
    expect(subtreeIds(province, 99).size).toBe(0);
    expect([...subtreeIds([{ id: 1, parentId: 2 }, { id: 2, parentId: 1 }], 1)].sort()).toEqual([1, 2]);
  });
});

describe("rollUp", () => {
  it("adds every unit's own figures to each unit above it", () => {
    const own = new Map([
      [1, { articles: 2, photos: 5 }],
      [3, { articles: 4, photos: 1 }],
      [5, { articles: 1, photos: 0 }],
      [6, { articles: 3, photos: 7 }],
      [4, { articles: 6, photos: 2 }],
    ]);
    const totals = rollUp(province, own, ["articles", "photos"] as const);
    expect(totals.get(1)).toEqual({ articles: 16, photos: 15 });
    expect(totals.get(3)).toEqual({ articles: 8, photos: 8 });
    expect(totals.get(5)).toEqual({ articles: 4, photos: 7 });
    expect(totals.get(2)).toEqual({ articles: 0, photos: 0 });
    expect(totals.get(4)).toEqual({ articles: 6, photos: 2 });
  });
});
