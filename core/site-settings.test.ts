import { describe, expect, it } from "vitest";
import { changedSettingsFields, describeSettingsFields, firstStartSettings, nextSloganChange, readStoredSettings, sloganAt } from "./site-settings";

const defaults = firstStartSettings({ unionName: "Liên đoàn Lao động tỉnh Hải Lâm", slogan: "Khẩu hiệu mặc định" });
const three = { slogans: ["Một", "Hai", "Ba"], sloganShown: "rotate" as const };

describe("the banner's slogan", () => {
  it.each([
    // 21/12/2022 is day 19347 since 1970-01-01 in Vietnam: 19347 mod 3 = 0.
    ["2022-12-20T17:00:00Z", "Một"],
    ["2022-12-21T16:59:59Z", "Một"],
    ["2022-12-21T17:00:00Z", "Hai"],
    ["2022-12-23T03:00:00Z", "Ba"],
    ["2022-12-24T03:00:00Z", "Một"],
  ])("rotating, at %s shows %j (one per Vietnam calendar day)", (at, slogan) => {
    expect(sloganAt(three, new Date(at))).toBe(slogan);
  });

  it("shows the chosen one all the time otherwise", () => {
    expect(sloganAt({ slogans: ["Một", "Hai"], sloganShown: 1 }, new Date("2022-12-21T03:00:00Z"))).toBe("Hai");
    expect(nextSloganChange({ slogans: ["Một", "Hai"], sloganShown: 1 }, new Date())).toBeNull();
  });

  it("changes at the next Vietnam midnight while rotating, never with one slogan", () => {
    expect(nextSloganChange(three, new Date("2022-12-21T09:42:00Z"))).toEqual(new Date("2022-12-21T17:00:00Z"));
    expect(nextSloganChange(three, new Date("2022-12-21T17:00:00Z"))).toEqual(new Date("2022-12-22T17:00:00Z"));
    expect(nextSloganChange({ slogans: ["Một"], sloganShown: "rotate" }, new Date())).toBeNull();
  });
});

describe("stored settings", () => {
  it("starts from the root unit's name and SITE_SLOGAN, or a neutral name before any unit exists", () => {
    expect(defaults).toMatchObject({ name: "Liên đoàn Lao động tỉnh Hải Lâm", shortName: "Liên đoàn Lao động tỉnh Hải Lâm", slogans: ["Khẩu hiệu mặc định"], sloganShown: 0, emblemMediaId: null, relatedLinks: [] });
    expect(firstStartSettings({ unionName: null, slogan: "x" }).name).toBe("Bản tin Công đoàn");
  });

  it("reads an old version field by field: missing or broken fields take the fallback's value", () => {
    const read = readStoredSettings({ name: "Công đoàn ngành Giáo dục", phone: "không có", slogans: ["A", "B"], sloganShown: 5, relatedLinks: "x", extra: 1 }, defaults);
    expect(read).toMatchObject({ name: "Công đoàn ngành Giáo dục", shortName: "Công đoàn ngành Giáo dục", phone: "", slogans: ["A", "B"], sloganShown: 0, relatedLinks: [] });
    expect(read).not.toHaveProperty("extra");
    expect(readStoredSettings(null, defaults)).toEqual(defaults);
  });

  it("names the fields two versions differ in, in the form's order", () => {
    const changed = changedSettingsFields(defaults, { ...defaults, relatedLinks: [{ label: "Báo Lao Động", url: "https://laodong.vn" }], phone: "0208 3855 123", name: defaults.name });
    expect(changed).toEqual(["phone", "relatedLinks"]);
    expect(describeSettingsFields(changed)).toBe("Điện thoại, Liên kết website");
  });
});
