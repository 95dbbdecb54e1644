import { describe, expect, it } from "vitest";
import type { LegacyCategory } from "./legacy-import";
import { checkMapping, proposeMapping } from "./legacy-mapping";

const old = (oldId: number, title: string, alias: string, parentOldId: number | null, path = alias): LegacyCategory => ({ oldId, title, alias, parentOldId, path, published: true });

const oldCategories = [
  old(8, "Tin cơ sở", "tin-co-so", null),
  old(9, "LĐLĐ huyện Chi Lăng", "ldld-chi-lang", 8, "tin-co-so/ldld-chi-lang"),
  old(10, "Hoạt động Công đoàn", "hoat-dong", null),
  old(11, "Công đoàn Viên chức tỉnh", "cdvc", null),
  old(12, "Ảnh hoạt động", "anh", 10, "hoat-dong/anh"),
];
const site = {
  categories: [{ id: 1, name: "Hoạt động công đoàn", slug: "hoat-dong-cong-doan" }],
  units: [
    { id: 1, name: "Liên đoàn Lao động tỉnh Lạng Sơn", slug: "ldld-tinh", parentId: null },
    { id: 2, name: "Liên đoàn Lao động huyện Chi Lăng", slug: "ldld-chi-lang", parentId: 1 },
    { id: 3, name: "Công đoàn Viên chức tỉnh", slug: "cdvc-tinh", parentId: 1 },
  ],
};

describe("proposeMapping", () => {
  const mapping = proposeMapping("joomla", oldCategories, site, new Map([[9, 4]]));
  const entry = (oldId: number) => mapping.categories.find((candidate) => candidate.oldId === oldId);

  it("sends a category named after a unit to its parent's category under that unit, and its address to the unit", () => {
    expect(entry(9)).toMatchObject({ category: "tin-co-so", categoryName: "Tin cơ sở", unit: "ldld-chi-lang", redirectTo: "unit", articles: 4 });
  });

  it("matches an existing category by name, tone marks and case aside, else proposes one from the alias", () => {
    expect(entry(10)).toMatchObject({ category: "hoat-dong-cong-doan", categoryName: "Hoạt động công đoàn", unit: "ldld-tinh", redirectTo: "category" });
    expect(entry(8)).toMatchObject({ category: "tin-co-so", categoryName: "Tin cơ sở", unit: "ldld-tinh" });
  });

  it("gives a top-level category named after a unit its own category under that unit, and a child its parent's unit", () => {
    expect(entry(11)).toMatchObject({ category: "cdvc", unit: "cdvc-tinh", redirectTo: "category" });
    expect(entry(12)).toMatchObject({ category: "anh", unit: "ldld-tinh" });
  });
});

describe("checkMapping", () => {
  const units = new Set(site.units.map((unit) => unit.slug));
  const text = (categories: unknown[]) => JSON.stringify({ source: "joomla", categories });
  const entry = { oldId: 10, category: "hoat-dong", categoryName: "Hoạt động", unit: "ldld-tinh" };

  it("accepts the proposal as written", () => {
    expect(checkMapping(JSON.stringify(proposeMapping("joomla", oldCategories, site)), "joomla", oldCategories, units).ok).toBe(true);
  });

  it("names an old category that does not exist, a unit that does not exist, and a repeated entry", () => {
    const checked = checkMapping(text([{ ...entry, oldId: 99, oldTitle: "Tin cũ" }, { ...entry, unit: "khong-co" }, entry]), "joomla", oldCategories, units);
    expect(checked).toEqual({
      ok: false,
      problems: [
        'Chuyên mục cũ số 99 ("Tin cũ") không có trong cơ sở dữ liệu cũ.',
        'Đơn vị "khong-co" (cho chuyên mục cũ số 10) không có trên Bản tin.',
        "Chuyên mục cũ số 10 có hai lần trong tệp ánh xạ.",
      ],
    });
  });

  it("says what is wrong with a file that is not JSON, or not a mapping, or for the other portal", () => {
    expect(checkMapping("{", "joomla", oldCategories, units)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^Tệp ánh xạ không phải JSON hợp lệ/)] });
    expect(checkMapping(text([{ ...entry, category: "Hoạt Động" }]), "joomla", oldCategories, units)).toMatchObject({ ok: false, problems: [expect.stringContaining("categories.0.category")] });
    expect(checkMapping(text([entry]), "nukeviet", oldCategories, units)).toMatchObject({ ok: false, problems: ["Tệp ánh xạ được lập cho cổng joomla, không phải nukeviet."] });
  });
});
