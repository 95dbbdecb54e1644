import { describe, expect, it } from "vitest";
import { guessUnit, joomlaUtcDateTime, seriesPartOf, trailingByline, unixSecondsDateTime, withoutPluginTags } from "./legacy-text";

describe("withoutPluginTags", () => {
  it("removes Joomla's plugin tags and keeps the text and other braces", () => {
    expect(withoutPluginTags("<p>Mở đầu {loadposition user1}</p><p>{loadmodule mod_custom,Tin mới}Giữa</p>{gallery}hoi-nghi{/gallery}<p>{năm học}</p>")).toBe(
      "<p>Mở đầu </p><p>Giữa</p>hoi-nghi<p>{năm học}</p>",
    );
    expect(withoutPluginTags("<p>{EMAILCLOAK=off}lienhe@congdoan.vn</p>")).toBe("<p>lienhe@congdoan.vn</p>");
    // Joomla 1.0's image and page-break tags, still in articles carried over from it.
    expect(withoutPluginTags("<p>{mosimage}Đoàn viên{mospagebreak title=Phần 2}</p>")).toBe("<p>Đoàn viên</p>");
  });
});

describe("trailingByline", () => {
  it.each([
    ["<p>Nội dung.</p><p><strong>Tin &amp; ảnh: Nguyễn Văn An</strong></p>", "Nguyễn Văn An"],
    ["<p>Nội dung.</p><p style=\"text-align: right;\">Tin và ảnh: Hoàng Thị Mai (LĐLĐ huyện Chi Lăng).</p>", "Hoàng Thị Mai (LĐLĐ huyện Chi Lăng)"],
    ["<p>Nội dung.</p><p>Bài, ảnh: Lê Minh</p>\n", "Lê Minh"],
    ["<p>Nội dung.</p><p>Tin: Trần Hùng</p><div><br></div>", "Trần Hùng"],
  ])("reads the last paragraph of %s as the byline", (html, byline) => {
    const read = trailingByline(html);
    expect(read?.byline).toBe(byline);
    expect(read?.html).toContain("<p>Nội dung.</p>");
    expect(read?.html).not.toContain(byline);
  });

  it.each([
    "<p>Tin &amp; ảnh: Nguyễn Văn An</p><p>Đoạn cuối vẫn là nội dung.</p>",
    "<p>Tin mừng: công nhân được tăng lương từ tháng Bảy, theo quyết định vừa ban hành của Ủy ban nhân dân tỉnh về mức lương tối thiểu vùng áp dụng cho toàn bộ doanh nghiệp trên địa bàn.</p>",
    "<p>Nội dung không có tác giả.</p>",
    "",
  ])("leaves %s alone", (html) => {
    expect(trailingByline(html)).toBeNull();
  });
});

describe("seriesPartOf", () => {
  it.each([
    ["Công đoàn đồng hành cùng công nhân (6)", "Công đoàn đồng hành cùng công nhân", 6],
    ["Công đoàn đồng hành cùng công nhân - (Kỳ 2)", "Công đoàn đồng hành cùng công nhân", 2],
    ["Chuyện người thợ mỏ (bài 12)", "Chuyện người thợ mỏ", 12],
  ])("reads %s as part of a series", (title, seriesTitle, part) => {
    expect(seriesPartOf(title)).toEqual({ seriesTitle, part });
  });

  it.each(["Đại hội Công đoàn tỉnh lần thứ XVII", "Kết quả năm 2022 (tạm tính)", "(3)", "Tổng kết (0)"])("finds no series in %s", (title) => {
    expect(seriesPartOf(title)).toBeNull();
  });
});

describe("old portals' dates", () => {
  it("reads Joomla's UTC text as the instant it names, and its zero date as none", () => {
    // 09:42 UTC is 16:42 in Vietnam: "Thứ Tư, ngày 21/12/2022 - 16:42".
    expect(joomlaUtcDateTime("2022-12-21 09:42:00")?.toISOString()).toBe("2022-12-21T09:42:00.000Z");
    expect(joomlaUtcDateTime("0000-00-00 00:00:00")).toBeNull();
    expect(joomlaUtcDateTime("2022-02-30 10:00:00")).toBeNull();
    expect(joomlaUtcDateTime("21/12/2022 09:42")).toBeNull();
    expect(joomlaUtcDateTime(null)).toBeNull();
  });

  it("reads NukeViet's Unix seconds, 0 being none", () => {
    expect(unixSecondsDateTime(1_671_615_720)?.toISOString()).toBe("2022-12-21T09:42:00.000Z");
    expect(unixSecondsDateTime(0)).toBeNull();
    expect(unixSecondsDateTime(-5)).toBeNull();
    expect(unixSecondsDateTime(1.5)).toBeNull();
  });
});

describe("guessUnit", () => {
  const units = [
    { id: 1, name: "Liên đoàn Lao động tỉnh Hải Lâm" },
    { id: 2, name: "Công đoàn Viên chức tỉnh" },
    { id: 3, name: "Liên đoàn Lao động huyện Chi Lăng" },
    { id: 4, name: "Liên đoàn Lao động thành phố Hải Lâm" },
    { id: 5, name: "Công đoàn ngành Giáo dục" },
  ];

  it.each([
    ["Tin LĐLĐ huyện Chi Lăng", 3],
    ["LĐLĐ TP Hải Lâm", 4],
    ["Hoạt động CĐVC tỉnh", 2],
    ["Công đoàn Viên chức", 2],
    ["CĐN Giáo dục", 5],
    ["LIÊN ĐOÀN LAO ĐỘNG HUYỆN CHI LĂNG", 3],
  ])("guesses the unit of %s", (name, id) => {
    expect(guessUnit(name, units)?.id).toBe(id);
  });

  it.each(["Tin tức", "Hoạt động công đoàn", "Văn bản", "Liên đoàn Lao động"])("guesses none for %s", (name) => {
    expect(guessUnit(name, units)).toBeNull();
  });
});
