import { describe, expect, it } from "vitest";
import { neighbourFor, treeOrder, wouldCreateCycle } from "./unit-tree";

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
