import { describe, expect, it } from "vitest";
import { firstSlugCandidates, isWellFormedSlug, slugify, uniqueSlug } from "./slug";

const LONG_TITLE =
  "Liên đoàn Lao động tỉnh tổ chức Hội nghị tổng kết công tác công đoàn năm 2022 và triển khai nhiệm vụ năm 2023";

describe("slugify", () => {
  it.each([
    ["Công đoàn Viên chức tỉnh tổ chức Hội nghị", "cong-doan-vien-chuc-tinh-to-chuc-hoi-nghi"],
    ["ĐẠI HỘI Công đoàn: “Đổi mới – Dân chủ”!", "dai-hoi-cong-doan-doi-moi-dan-chu"],
    ["Đoàn đại biểu đến thăm", "doan-dai-bieu-den-tham"],
    ["ĐĐđđ", "dddd"],
    ["Quý I/2023: 1.250 đoàn viên mới", "quy-i-2023-1-250-doan-vien-moi"],
    ["Tin tức & Sự kiện", "tin-tuc-su-kien"],
    ["  --Trao quà Tết--  ", "trao-qua-tet"],
    ["“Mái ấm Công đoàn” — 20 căn nhà", "mai-am-cong-doan-20-can-nha"],
    ["🎉 Chúc mừng năm mới 2023 🎉", "chuc-mung-nam-moi-2023"],
    ["Người lao động 👷‍♀️👷 được hỗ trợ", "nguoi-lao-dong-duoc-ho-tro"],
    ["Tab\tvà\nxuống dòng", "tab-va-xuong-dong"],
    ["Năm ２０２３", "nam-2023"],
    ["<script>alert(1)</script>", "script-alert-1-script"],
  ])("turns %j into %j", (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it.each([
    ["Công đoàn Viên chức tỉnh tổ chức Hội nghị", "cong-doan-vien-chuc-tinh-to-chuc-hoi-nghi"],
    ["ĐẠI HỘI Công đoàn: “Đổi mới – Dân chủ”!", "dai-hoi-cong-doan-doi-moi-dan-chu"],
    ["Ưu tiên người lao động", "uu-tien-nguoi-lao-dong"],
  ])("gives the same slug for the decomposed (NFD) form of %j", (title, expected) => {
    expect(slugify(title.normalize("NFD"))).toBe(expected);
  });

  it.each([
    ["aáàảãạ", "a"],
    ["ăắằẳẵặ", "a"],
    ["âấầẩẫậ", "a"],
    ["eéèẻẽẹ", "e"],
    ["êếềểễệ", "e"],
    ["iíìỉĩị", "i"],
    ["oóòỏõọ", "o"],
    ["ôốồổỗộ", "o"],
    ["ơớờởỡợ", "o"],
    ["uúùủũụ", "u"],
    ["ưứừửữự", "u"],
    ["yýỳỷỹỵ", "y"],
    ["AÁÀẢÃẠ", "a"],
    ["ĂẮẰẲẴẶ", "a"],
    ["ÂẤẦẨẪẬ", "a"],
    ["EÉÈẺẼẸ", "e"],
    ["ÊẾỀỂỄỆ", "e"],
    ["IÍÌỈĨỊ", "i"],
    ["OÓÒỎÕỌ", "o"],
    ["ÔỐỒỔỖỘ", "o"],
    ["ƠỚỜỞỠỢ", "o"],
    ["UÚÙỦŨỤ", "u"],
    ["ƯỨỪỬỮỰ", "u"],
    ["YÝỲỶỸỴ", "y"],
  ])("strips every tone mark from %s, leaving %s", (vowels, letter) => {
    expect(slugify(vowels)).toBe(letter.repeat(6));
    expect(slugify(vowels.normalize("NFD"))).toBe(letter.repeat(6));
  });

  it.each([
    ["", "an empty title"],
    ["   ", "only spaces"],
    ["!!! ??? …", "only punctuation"],
    ["🎉🎉🎉", "only emoji"],
    ["中文标题", "only letters outside the Latin alphabet"],
  ])("falls back to bai-viet for %j (%s)", (title) => {
    expect(slugify(title)).toBe("bai-viet");
  });

  it.each([
    [LONG_TITLE, "lien-doan-lao-dong-tinh-to-chuc-hoi-nghi-tong-ket-cong-tac-cong-doan-nam-2022-va"],
    ["cong doan ".repeat(9), "cong-doan-".repeat(7) + "cong-doan"],
    ["ab ".repeat(26) + "cdef", "ab-".repeat(25) + "ab"],
    ["a".repeat(79) + " bcd", "a".repeat(79)],
    ["a".repeat(80) + " b", "a".repeat(80)],
    ["x".repeat(100), "x".repeat(80)],
    ["x".repeat(85) + " tiếp theo", "x".repeat(80)],
  ])("cuts a long title to at most 80 characters at a word boundary (case %#)", (title, expected) => {
    const slug = slugify(title);
    expect(slug).toBe(expected);
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it("keeps a slug of exactly 80 characters whole", () => {
    const title = "a".repeat(39) + " " + "b".repeat(40);
    expect(slugify(title)).toBe("a".repeat(39) + "-" + "b".repeat(40));
  });
});

describe("uniqueSlug", () => {
  const base = "hoi-nghi-cong-doan";
  const longBase = slugify(LONG_TITLE);

  it.each([
    [[], base],
    [["hoi-nghi-cong-doan-2"], base],
    [[base], `${base}-2`],
    [[base, `${base}-2`], `${base}-3`],
    [[base, `${base}-3`], `${base}-2`],
    [[base, `${base}-2`, `${base}-4`], `${base}-3`],
    [[base, ...Array.from({ length: 9 }, (_, i) => `${base}-${i + 2}`)], `${base}-11`],
  ])("with %j taken, picks %s", (taken, expected) => {
    expect(uniqueSlug(base, new Set(taken))).toBe(expected);
  });

  const trimmedLongBase = "lien-doan-lao-dong-tinh-to-chuc-hoi-nghi-tong-ket-cong-tac-cong-doan-nam-2022";
  const numbered = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `${trimmedLongBase}-${from + i}`);

  it.each([
    [longBase, [longBase], `${trimmedLongBase}-2`],
    [longBase, [longBase, ...numbered(2, 9)], `${trimmedLongBase}-10`],
    ["x".repeat(80), ["x".repeat(80)], "x".repeat(78) + "-2"],
  ])("trims a long base before the suffix so the slug stays within 80 characters (case %#)", (base, taken, expected) => {
    const slug = uniqueSlug(base, new Set(taken));
    expect(slug).toBe(expected);
    expect(slug.length).toBeLessThanOrEqual(80);
  });
});

describe("isWellFormedSlug", () => {
  it.each(["cong-doan-vien-chuc-tinh", "hoi-nghi-2022-2", "a"])("accepts %j", (value) => {
    expect(isWellFormedSlug(value)).toBe(true);
  });
  it.each(["", "-a", "a-", "a--b", "Cong-doan", "công-đoàn", "<script>", "a/b", "x".repeat(121)])("refuses %j", (value) => {
    expect(isWellFormedSlug(value)).toBe(false);
  });
});

describe("firstSlugCandidates", () => {
  it("lists the slugs uniqueSlug tries, in its order, a long base cut to fit its suffix", () => {
    expect(firstSlugCandidates("dai-hoi", 3)).toEqual(["dai-hoi", "dai-hoi-2", "dai-hoi-3"]);
    const long = `${"cong-doan-".repeat(7)}hai-lam`;
    const [base, second] = firstSlugCandidates(long, 2);
    expect(base).toBe(long);
    expect(second).toBe(uniqueSlug(long, new Set([long])));
    expect(second?.length).toBeLessThanOrEqual(80);
  });
});
