import { describe, expect, it } from "vitest";
import { dropMenuItem, indentMenuItem, moveMenuItem, outdentMenuItem, removeMenuItem, updateMenuItem } from "./menu-moves";
import type { MenuNode } from "./menu-tree";

const item = (key: string, children: MenuNode[] = []): MenuNode => ({ key, label: key.toUpperCase(), kind: "home", targetId: null, url: "", children });

// A ─┬─ A1
//    └─ A2
// B
// C ── C1
const tree = [item("a", [item("a1"), item("a2")]), item("b"), item("c", [item("c1")])];

/** The tree as "a(a1,a2) b c(c1)", to compare shapes at a glance. */
const shape = (nodes: MenuNode[]): string => nodes.map((n) => (n.children.length ? `${n.key}(${n.children.map((c) => c.key).join(",")})` : n.key)).join(" ");

describe("moveMenuItem", () => {
  it.each([
    { key: "b", direction: "up" as const, expected: "b a(a1,a2) c(c1)", says: "Đã chuyển “B” lên vị trí 1." },
    { key: "a", direction: "down" as const, expected: "b a(a1,a2) c(c1)", says: "Đã chuyển “A” xuống vị trí 2." },
    { key: "a2", direction: "up" as const, expected: "a(a2,a1) b c(c1)", says: "Đã chuyển “A2” lên vị trí 1 trong “A”." },
    { key: "a1", direction: "down" as const, expected: "a(a2,a1) b c(c1)", says: "Đã chuyển “A1” xuống vị trí 2 trong “A”." },
    { key: "a", direction: "up" as const, expected: "a(a1,a2) b c(c1)", says: "“A” đã ở đầu menu." },
    { key: "c", direction: "down" as const, expected: "a(a1,a2) b c(c1)", says: "“C” đã ở cuối menu." },
    { key: "c1", direction: "up" as const, expected: "a(a1,a2) b c(c1)", says: "“C1” đã ở đầu nhóm “C”." },
  ])("$key $direction → $expected", ({ key, direction, expected, says }) => {
    const move = moveMenuItem(tree, key, direction);
    expect(shape(move.tree)).toBe(expected);
    expect(move.announcement).toBe(says);
  });
});

describe("indentMenuItem and outdentMenuItem", () => {
  it.each([
    { move: indentMenuItem, key: "b", expected: "a(a1,a2,b) c(c1)", says: "“B” đã thành mục con của “A”, ở vị trí 3." },
    { move: indentMenuItem, key: "a", expected: "a(a1,a2) b c(c1)", says: "“A” đang có mục con nên không thể thành mục con: menu chỉ có một cấp mục con." },
    { move: indentMenuItem, key: "a1", expected: "a(a1,a2) b c(c1)", says: "“A1” đã là mục con của “A”." },
    { move: outdentMenuItem, key: "a1", expected: "a(a2) a1 b c(c1)", says: "“A1” đã ra cấp trên, ở vị trí 2." },
    { move: outdentMenuItem, key: "c1", expected: "a(a1,a2) b c c1", says: "“C1” đã ra cấp trên, ở vị trí 4." },
    { move: outdentMenuItem, key: "b", expected: "a(a1,a2) b c(c1)", says: "“B” đã ở cấp trên cùng." },
  ])("$move.name $key → $expected", ({ move, key, expected, says }) => {
    const result = move(tree, key);
    expect(shape(result.tree)).toBe(expected);
    expect(result.announcement).toBe(says);
  });

  it("cannot make the first item a sub-item", () => {
    const result = indentMenuItem([item("x"), item("y")], "x");
    expect(shape(result.tree)).toBe("x y");
    expect(result.announcement).toBe("“X” là mục đầu tiên nên chưa thể thành mục con: cần một mục đứng trên nó.");
  });
});

describe("dropMenuItem", () => {
  it.each([
    { key: "c", target: "a", position: "before" as const, expected: "c(c1) a(a1,a2) b", says: "Đã chuyển “C” tới vị trí 1." },
    { key: "b", target: "a2", position: "before" as const, expected: "a(a1,b,a2) c(c1)", says: "Đã chuyển “B” tới vị trí 2 trong “A”." },
    { key: "a1", target: "c1", position: "after" as const, expected: "a(a2) b c(c1,a1)", says: "Đã chuyển “A1” tới vị trí 2 trong “C”." },
    { key: "c1", target: "b", position: "after" as const, expected: "a(a1,a2) b c1 c", says: "Đã chuyển “C1” tới vị trí 3." },
    { key: "a", target: "a", position: "after" as const, expected: "a(a1,a2) b c(c1)", says: "" },
    { key: "a", target: "a2", position: "after" as const, expected: "a(a1,a2) b c(c1)", says: "" },
    { key: "c", target: "a1", position: "after" as const, expected: "a(a1,a2) b c(c1)", says: "“C” đang có mục con nên không thể đặt vào trong một mục khác: menu chỉ có một cấp mục con." },
  ])("$key $position $target → $expected", ({ key, target, position, expected, says }) => {
    const move = dropMenuItem(tree, key, target, position);
    expect(shape(move.tree)).toBe(expected);
    expect(move.announcement).toBe(says);
  });
});

describe("removeMenuItem and updateMenuItem", () => {
  it("removes an item with its sub-items, and says how many", () => {
    const result = removeMenuItem(tree, "a");
    expect(shape(result.tree)).toBe("b c(c1)");
    expect(result.announcement).toBe("Đã bỏ “A” cùng 2 mục con khỏi menu. Bấm “Lưu menu” để lưu thay đổi.");
    expect(shape(removeMenuItem(tree, "c1").tree)).toBe("a(a1,a2) b c");
  });

  it("changes a sub-item's fields where it stands, leaving the original tree as it was", () => {
    const changed = updateMenuItem(tree, "a2", { label: "Lịch sử", kind: "page", targetId: 11 });
    expect(changed[0]?.children[1]).toEqual({ key: "a2", label: "Lịch sử", kind: "page", targetId: 11, url: "", children: [] });
    expect(tree[0]?.children[1]?.label).toBe("A2");
  });
});
