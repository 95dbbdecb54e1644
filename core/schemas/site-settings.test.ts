import { describe, expect, it } from "vitest";
import { firstStartSettings } from "../site-settings";
import { siteSettingsFieldErrors, siteSettingsSchema } from "./site-settings";

// The form as the browser sends it: every field a string, the lists as arrays.
const valid = {
  name: "Liên đoàn Lao động tỉnh Hải Lâm",
  shortName: "LĐLĐ tỉnh Hải Lâm",
  slogans: ["Đổi mới – Dân chủ – Đoàn kết – Phát triển", "Công đoàn vì đoàn viên"],
  sloganShown: "1",
  emblemMediaId: "",
  address: "Số 12 đường Trần Hưng Đạo, phường Hòa Bình, thành phố Hải Lâm",
  phone: "0208 3855 123",
  fax: "(0208) 3.855.124",
  email: "lienhe@hailam.congdoan.vn",
  workingHours: "Thứ Hai – Thứ Sáu: 7 giờ 30 – 17 giờ",
  responsibility: "Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo",
  licence: "Giấy phép số 12/GP-TTĐT",
  footerText: "Ghi rõ nguồn khi đăng lại thông tin từ trang này.",
  facebookUrl: "https://www.facebook.com/congdoanhailam",
  zaloUrl: "",
  youtubeUrl: "https://www.youtube.com/@congdoanhailam",
  shareImageMediaId: "7",
  relatedLinks: [{ label: "Báo Lao Động", url: "https://laodong.vn" }],
};

const errorsOf = (changes: Record<string, unknown>) => {
  const parsed = siteSettingsSchema.safeParse({ ...valid, ...changes });
  return parsed.success ? {} : siteSettingsFieldErrors(parsed.error.issues);
};

describe("the site settings form", () => {
  it("accepts a complete form and types it", () => {
    expect(siteSettingsSchema.parse(valid)).toMatchObject({ sloganShown: 1, emblemMediaId: null, shareImageMediaId: 7, phone: "0208 3855 123" });
  });

  it("accepts its own output, so stored versions read back unchanged", () => {
    const stored = siteSettingsSchema.parse(valid);
    expect(siteSettingsSchema.parse(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    const defaults = firstStartSettings({ unionName: "Công đoàn Viên chức tỉnh", slogan: "Khẩu hiệu" });
    expect(siteSettingsSchema.parse(defaults)).toEqual(defaults);
  });

  it.each([
    ["0208 3855 123"],
    ["(0208) 3.855.123"],
    ["+84 208 3855 123"],
    ["0912.345.678"],
    ["1900 1234"],
    [""],
  ])("accepts the phone number %j", (phone) => {
    expect(errorsOf({ phone, fax: phone })).toEqual({});
  });

  it("makes the short name the full name when it is left empty, and trims what was typed", () => {
    expect(siteSettingsSchema.parse({ ...valid, shortName: " ", name: "  Công đoàn Viên chức tỉnh " })).toMatchObject({ name: "Công đoàn Viên chức tỉnh", shortName: "Công đoàn Viên chức tỉnh" });
  });

  it("drops related-link rows left blank, and keeps the rotation", () => {
    const parsed = siteSettingsSchema.parse({ ...valid, sloganShown: "rotate", relatedLinks: [{ label: " ", url: "" }, ...valid.relatedLinks, { label: "", url: "" }] });
    expect(parsed).toMatchObject({ sloganShown: "rotate", relatedLinks: valid.relatedLinks });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an empty name", { name: "   " }, "name"],
    ["a one-letter name", { name: "L" }, "name"],
    ["a name over 200 characters", { name: "L".repeat(201) }, "name"],
    ["a short name over 60 characters", { shortName: "L".repeat(61) }, "shortName"],
    ["no slogan", { slogans: [] }, "slogans"],
    ["eleven slogans", { slogans: Array.from({ length: 11 }, (_, i) => `Khẩu hiệu ${i}`) }, "slogans"],
    ["a blank slogan", { slogans: ["Khẩu hiệu", "  "] }, "slogans.1"],
    ["a slogan over 300 characters", { slogans: ["x".repeat(301)], sloganShown: "0" }, "slogans.0"],
    ["a slogan list that is not a list", { slogans: "Khẩu hiệu" }, "slogans"],
    ["a shown slogan past the list", { sloganShown: "2" }, "sloganShown"],
    ["a shown slogan that is no choice", { sloganShown: "mỗi ngày" }, "sloganShown"],
    ["a negative shown slogan", { sloganShown: "-1" }, "sloganShown"],
    ["an emblem id that is not an id", { emblemMediaId: "abc" }, "emblemMediaId"],
    ["a sharing image id of zero", { shareImageMediaId: "0" }, "shareImageMediaId"],
    ["an address over 300 characters", { address: "x".repeat(301) }, "address"],
    ["a phone number with letters", { phone: "0208 3855 12a" }, "phone"],
    ["a phone number too short", { phone: "3855 123" }, "phone"],
    ["a foreign phone number", { phone: "+1 202 555 0100" }, "phone"],
    ["a fax that is words", { fax: "không có" }, "fax"],
    ["an email without a domain", { email: "lienhe@" }, "email"],
    ["an email with spaces", { email: "lien he@hailam.vn" }, "email"],
    ["working hours over 200 characters", { workingHours: "x".repeat(201) }, "workingHours"],
    ["a responsibility line over 300 characters", { responsibility: "x".repeat(301) }, "responsibility"],
    ["a licence line over 300 characters", { licence: "x".repeat(301) }, "licence"],
    ["footer text over 1000 characters", { footerText: "x".repeat(1001) }, "footerText"],
    ["a javascript: Facebook link", { facebookUrl: "javascript:alert(1)" }, "facebookUrl"],
    ["a data: Zalo link", { zaloUrl: "data:text/html,<script>alert(1)</script>" }, "zaloUrl"],
    ["a YouTube link without https://", { youtubeUrl: "youtube.com/@congdoan" }, "youtubeUrl"],
    ["a Facebook link over 500 characters", { facebookUrl: `https://facebook.com/${"x".repeat(500)}` }, "facebookUrl"],
    ["a related link without a name", { relatedLinks: [{ label: "", url: "https://laodong.vn" }] }, "relatedLinks.0.label"],
    ["a related link without an address", { relatedLinks: [{ label: "Báo Lao Động", url: "" }] }, "relatedLinks.0.url"],
    ["a javascript: related link", { relatedLinks: [valid.relatedLinks[0], { label: "Xem", url: "javascript:alert(1)" }] }, "relatedLinks.1.url"],
    ["a related link name over 120 characters", { relatedLinks: [{ label: "x".repeat(121), url: "https://laodong.vn" }] }, "relatedLinks.0.label"],
    ["twenty-one related links", { relatedLinks: Array.from({ length: 21 }, (_, i) => ({ label: `Trang ${i}`, url: `https://trang${i}.vn` })) }, "relatedLinks"],
    ["related links that are not a list", { relatedLinks: "https://laodong.vn" }, "relatedLinks"],
  ])("refuses %s, on that field, in Vietnamese", (_case, changes, field) => {
    const errors = errorsOf(changes);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]?.join(" ")).toMatch(/[\u00C0-\u1EF9]/);
  });

  it("returns every field's error at once", () => {
    const errors = errorsOf({ name: "", email: "x", phone: "y", fax: "z", facebookUrl: "javascript:alert(1)", youtubeUrl: "ftp://x.vn", slogans: ["", "Hai"], relatedLinks: [{ label: "A", url: "b" }] });
    expect(Object.keys(errors).sort()).toEqual(["email", "facebookUrl", "fax", "name", "phone", "relatedLinks.0.url", "slogans.0", "youtubeUrl"]);
  });
});
