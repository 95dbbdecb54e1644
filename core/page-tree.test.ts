import { describe, expect, it } from "vitest";
import { ancestorsOf, breadcrumbsOf, parentProblem, possibleParents } from "./page-tree";

// 1 Giới thiệu ─┬─ 2 Lịch sử truyền thống ── 4 Những mốc son
//               └─ 3 Cơ cấu tổ chức
// 5 Liên hệ
const pages = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 2 },
  { id: 5, parentId: null },
];

describe("parentProblem", () => {
  it.each([
    { pageId: 2, parentId: null, problem: null, why: "a top-level page" },
    { pageId: 4, parentId: 3, problem: null, why: "moved under another branch" },
    { pageId: 5, parentId: 1, problem: null, why: "a top-level page put under another" },
    { pageId: null, parentId: 2, problem: null, why: "a new page under an existing one" },
    { pageId: 2, parentId: 2, problem: "Một trang không thể là trang cha của chính nó.", why: "a page under itself" },
    { pageId: 1, parentId: 4, problem: "Không thể đặt trang dưới một trang con của chính nó.", why: "the top page under its grandchild" },
    { pageId: 2, parentId: 4, problem: "Không thể đặt trang dưới một trang con của chính nó.", why: "a page under its own child" },
    { pageId: 2, parentId: 99, problem: "Trang cha đã chọn không còn. Hãy chọn lại.", why: "a parent deleted meanwhile" },
    { pageId: null, parentId: 99, problem: "Trang cha đã chọn không còn. Hãy chọn lại.", why: "a new page under a deleted one" },
  ])("$why → $problem", ({ pageId, parentId, problem }) => {
    expect(parentProblem(pages, pageId, parentId)).toBe(problem);
  });
});

describe("possibleParents", () => {
  it.each([
    { pageId: 1, ids: [5], why: "the top page: not itself nor its sub-pages" },
    { pageId: 2, ids: [1, 3, 5], why: "a middle page: not its own child" },
    { pageId: null, ids: [1, 2, 3, 4, 5], why: "a new page: any" },
  ])("$why", ({ pageId, ids }) => {
    expect(possibleParents(pages, pageId).map((page) => page.id)).toEqual(ids);
  });
});

describe("ancestorsOf", () => {
  it.each([
    { pageId: 4, ids: [1, 2] },
    { pageId: 2, ids: [1] },
    { pageId: 5, ids: [] },
    { pageId: 99, ids: [] },
  ])("page $pageId has ancestors $ids, from the top down", ({ pageId, ids }) => {
    expect(ancestorsOf(pages, pageId).map((page) => page.id)).toEqual(ids);
  });

  it("stops on a tree that already loops", () => {
    expect(ancestorsOf([{ id: 7, parentId: 8 }, { id: 8, parentId: 7 }], 7).map((page) => page.id)).toEqual([8]);
  });
});

describe("breadcrumbsOf", () => {
  it("leads from the home page through the ancestors to the page", () => {
    const page = { title: "Lịch sử truyền thống", slug: "lich-su-truyen-thong", ancestors: [{ title: "Giới thiệu", slug: "gioi-thieu" }] };
    expect(breadcrumbsOf(page)).toEqual([
      { name: "Trang chủ", path: "/" },
      { name: "Giới thiệu", path: "/gioi-thieu/gioi-thieu" },
      { name: "Lịch sử truyền thống", path: "/gioi-thieu/lich-su-truyen-thong" },
    ]);
  });
});
