import { describe, expect, it } from "vitest";
import { fallbackMenuLinks, menuLinks, type MenuLink } from "./menu-links";
import { flattenMenu, menuFingerprint, menuFlags, nestMenu, type MenuNode, type MenuTargets } from "./menu-tree";

const targets: MenuTargets = {
  category: [{ id: 4, name: "Văn bản", slug: "van-ban", parentId: null }],
  unit: [{ id: 7, name: "Công đoàn Viên chức tỉnh", slug: "cong-doan-vien-chuc-tinh", parentId: 1 }],
  page: [
    { id: 10, name: "Giới thiệu", slug: "gioi-thieu", parentId: null, isPublished: true },
    { id: 11, name: "Lịch sử truyền thống", slug: "lich-su-truyen-thong", parentId: 10, isPublished: true },
    { id: 12, name: "Nội quy", slug: "noi-quy", parentId: null, isPublished: false },
  ],
};

const node = (key: string, fields: Partial<MenuNode> = {}): MenuNode => ({ key, label: key, kind: "home", targetId: null, url: "", children: [], ...fields });

const tree: MenuNode[] = [
  node("home", { label: "Trang chủ" }),
  node("about", { label: "Giới thiệu", kind: "page", targetId: 10, children: [node("history", { label: "Lịch sử", kind: "page", targetId: 11 }), node("rules", { label: "Nội quy", kind: "page", targetId: 12 })] }),
  node("news", { label: "Tin tức", kind: "path", url: "/tin-tuc", children: [node("docs", { label: "Văn bản", kind: "category", targetId: 4 }), node("gone", { label: "Chuyên mục cũ", kind: "category", targetId: 99 })] }),
  node("unit", { label: "CĐ Viên chức", kind: "unit", targetId: 7 }),
  node("dead-unit", { label: "Đơn vị cũ", kind: "unit", targetId: 8, children: [node("orphan", { label: "Dưới đơn vị cũ", kind: "path", url: "/tin-tuc" })] }),
  node("vgcl", { label: "Tổng Liên đoàn", kind: "external", url: "https://congdoan.vn" }),
];

describe("menuLinks", () => {
  it("gives each item its public address, hiding deleted targets and unpublished pages with their sub-items", () => {
    const summary = (links: MenuLink[]): string[] => links.flatMap((l) => [`${l.label} → ${l.href}${l.external ? " ↗" : ""}`, ...summary(l.children).map((s) => `  ${s}`)]);
    expect(summary(menuLinks(tree, targets))).toEqual([
      "Trang chủ → /",
      "Giới thiệu → /gioi-thieu/gioi-thieu",
      "  Lịch sử → /gioi-thieu/lich-su-truyen-thong",
      "Tin tức → /tin-tuc",
      "  Văn bản → /chuyen-muc/van-ban",
      "CĐ Viên chức → /don-vi/cong-doan-vien-chuc-tinh",
      "Tổng Liên đoàn → https://congdoan.vn ↗",
    ]);
  });

  it("falls back to the home page, all news and the categories when no menu was arranged", () => {
    expect(fallbackMenuLinks([{ id: 4, name: "Văn bản", slug: "van-ban" }]).map((l) => `${l.label} → ${l.href}`)).toEqual(["Trang chủ → /", "Tất cả tin → /tin-tuc", "Văn bản → /chuyen-muc/van-ban"]);
  });
});

describe("menuFlags", () => {
  it("flags deleted targets and unpublished pages, sub-items included", () => {
    expect(menuFlags(tree, targets)).toEqual({ rules: "unpublished", gone: "deleted", "dead-unit": "deleted" });
  });
});

describe("flattenMenu, nestMenu and menuFingerprint", () => {
  it("round-trips the tree through the list the form sends", () => {
    expect(flattenMenu(tree).map((e) => `${e.key}<${e.parentKey ?? ""}`).slice(0, 4)).toEqual(["home<", "about<", "history<about", "rules<about"]);
    expect(nestMenu(flattenMenu(tree))).toEqual(tree);
  });

  it("changes with any label, target, address or order, not with the keys", () => {
    const base = menuFingerprint(tree);
    const rekeyed = tree.map((n, i) => ({ ...n, key: `m${i}`, children: n.children.map((c, j) => ({ ...c, key: `m${i}-${j}` })) }));
    expect(menuFingerprint(rekeyed)).toBe(base);
    expect(menuFingerprint([tree[1]!, tree[0]!, ...tree.slice(2)])).not.toBe(base);
    expect(menuFingerprint([{ ...tree[0]!, label: "Trang chủ " }, ...tree.slice(1)])).not.toBe(base);
    expect(menuFingerprint([])).not.toBe(base);
  });
});
