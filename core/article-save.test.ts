import { describe, expect, it } from "vitest";
import { readerChange, type ArticleFacts } from "./article-save";

const published: ArticleFacts = {
  status: "published",
  publishedAt: new Date("2026-11-20T01:00:00Z"),
  title: "Hội nghị người lao động năm 2026",
  slug: "hoi-nghi-nguoi-lao-dong-nam-2026",
  summary: "Sáng 20/11, Công đoàn Viên chức tỉnh tổ chức hội nghị.",
  bodyHtml: "<p>Nội dung</p>",
  coverMediaId: 7,
  coverCaption: "Quang cảnh hội nghị",
  byline: "Tin & ảnh: Lê Thu",
  categoryId: 1,
  unitId: 2,
  isFeatured: false,
  seriesId: null,
  seriesPart: null,
  links: { documentIds: [3, 4], albumId: null },
};

describe("what readers see change with a save", () => {
  it("is nothing while readers never see the article: a draft, one in review, one taken down and saved again", () => {
    expect(readerChange(null, { ...published, status: "draft", publishedAt: null })).toBe("none");
    expect(readerChange({ ...published, status: "draft" }, { ...published, status: "pending", title: "Khác" })).toBe("none");
    expect(readerChange({ ...published, status: "unpublished" }, { ...published, status: "unpublished", summary: "Khác" })).toBe("none");
  });

  it("is every list when the article enters or leaves them", () => {
    expect(readerChange({ ...published, status: "pending" }, published)).toBe("listings");
    expect(readerChange(published, { ...published, status: "unpublished" })).toBe("listings");
    expect(readerChange(null, published)).toBe("listings");
  });

  it("is every list when it moves in them: its time, category, unit, featured flag or series", () => {
    expect(readerChange(published, { ...published, publishedAt: new Date("2026-11-21T01:00:00Z") })).toBe("listings");
    expect(readerChange(published, { ...published, categoryId: 5 })).toBe("listings");
    expect(readerChange(published, { ...published, unitId: 5 })).toBe("listings");
    expect(readerChange(published, { ...published, isFeatured: true })).toBe("listings");
    expect(readerChange(published, { ...published, seriesId: 9, seriesPart: 2 })).toBe("listings");
    expect(readerChange({ ...published, seriesId: 9, seriesPart: 2 }, { ...published, seriesId: 9, seriesPart: 3 })).toBe("listings");
  });

  it("is every page naming it when its title changes", () => {
    expect(readerChange(published, { ...published, title: "Hội nghị người lao động năm 2026 (bổ sung)" })).toBe("title");
    expect(readerChange(published, { ...published, title: "Hội nghị người lao động", summary: "Khác" })).toBe("title");
  });

  it("is every list when its address changes: the new address may be cached as a 404 that names no article", () => {
    expect(readerChange(published, { ...published, slug: "hoi-nghi-nguoi-lao-dong" })).toBe("listings");
  });

  it("is the lists showing its card when what the card shows besides changes: the summary, the card's photo", () => {
    const withoutCover = { ...published, coverMediaId: null, bodyHtml: '<p>Mở đầu</p><figure><img src="/api/media/hoi-nghi-ab12-960.jpg" alt=""></figure>' };
    for (const [before, edit] of [
      [published, { summary: "Sáng 20/11/2026, Công đoàn Viên chức tỉnh tổ chức hội nghị." }],
      [published, { coverMediaId: null }],
      [withoutCover, { bodyHtml: '<figure><img src="/api/media/dai-hoi-cd34-960.jpg" alt=""></figure><p>Mở đầu</p>' }],
    ] satisfies [ArticleFacts, Partial<ArticleFacts>][]) {
      expect(readerChange(before, { ...before, ...edit }), JSON.stringify(edit)).toBe("card");
    }
  });

  it("is its own page only when what no card shows changes: the text, the caption, the byline, the links", () => {
    const withoutCover = { ...published, coverMediaId: null, bodyHtml: '<p>Mở đầu</p><figure><img src="/api/media/hoi-nghi-ab12-960.jpg" alt=""></figure>' };
    for (const [before, edit] of [
      [published, { bodyHtml: "<p>Nội dung đã sửa lỗi chính tả</p>" }],
      // Without a cover, text around the same first photo.
      [withoutCover, { bodyHtml: '<p>Mở đầu đã sửa</p><figure><img src="/api/media/hoi-nghi-ab12-960.jpg" alt=""></figure><p>Thêm</p>' }],
      [published, { coverCaption: "Các đại biểu biểu quyết" }],
      [published, { byline: "Tin: Lê Thu" }],
      [published, { links: { documentIds: [4, 3], albumId: null } }],
      [published, { links: { documentIds: [3, 4], albumId: 2 } }],
    ] satisfies [ArticleFacts, Partial<ArticleFacts>][]) {
      expect(readerChange(before, { ...before, ...edit }), JSON.stringify(edit)).toBe("page");
    }
  });

  it("is nothing for a save that changes nothing, or that leaves the links unsent", () => {
    expect(readerChange(published, { ...published, publishedAt: new Date(published.publishedAt?.getTime() ?? 0) })).toBe("none");
    expect(readerChange(published, { ...published, links: null })).toBe("none");
    expect(readerChange({ ...published, links: null }, published)).toBe("none");
  });
});
