import { describe, expect, it } from "vitest";
import { bodyTemplateOf, bodyWithFigures, legacyImagePath, prepareLegacyArticle, withoutEmptyBlocks } from "./legacy-article";
import type { LegacyArticle } from "./legacy-import";

const article = (over: Partial<LegacyArticle>): LegacyArticle => ({
  oldId: 7,
  title: "Hội nghị tổng kết",
  alias: "hoi-nghi-tong-ket",
  categoryOldId: 9,
  introHtml: "",
  fullHtml: "",
  state: "published",
  publishedAt: null,
  createdAt: null,
  modifiedAt: null,
  hits: 0,
  authorName: "",
  authorOldId: null,
  featured: false,
  leadImage: null,
  fullImage: null,
  repairedFields: [],
  ...over,
});

describe("bodyTemplateOf", () => {
  it("takes an image out of its paragraph, keeping the text on both sides", () => {
    const { bodyTemplate, images } = bodyTemplateOf('<p>Đoàn viên <a href="/x"><img src="images/a.jpg" alt="Hội trường"></a> dự hội nghị.</p>');
    expect(images).toEqual([{ src: "images/a.jpg", alt: "Hội trường", caption: "" }]);
    expect(withoutEmptyBlocks(bodyTemplate)).toBe('<p>Đoàn viên </p><!--legacy-image:0--><p> dự hội nghị.</p>');
  });

  it("reads Joomla's caption plugin and a figure's figcaption", () => {
    const { images, bodyTemplate } = bodyTemplateOf(
      '<p><img class="caption" title="Trao quà cho đoàn viên" src="images/b.jpg"></p><figure><img src="images/c.jpg"><figcaption>Ban chấp hành</figcaption></figure>',
    );
    expect(images.map((image) => image.caption)).toEqual(["Trao quà cho đoàn viên", "Ban chấp hành"]);
    expect(withoutEmptyBlocks(bodyTemplate)).toBe("<!--legacy-image:0--><!--legacy-image:1-->");
  });

  it("repairs unclosed and misnested tags the way a browser reads them, and says so", () => {
    const broken = bodyTemplateOf("<p>Một <b>hai<p>ba</div><table><tr><td>bốn</table>");
    expect(broken.repairedHtml).toBe(true);
    expect(broken.bodyTemplate).toBe("<p>Một <b>hai</b></p><p><b>ba</b></p><table><tbody><tr><td>bốn</td></tr></tbody></table>");
    expect(bodyTemplateOf("<p>Một <b>hai</b></p><ul><li>ba<li>bốn</ul>").repairedHtml).toBe(false);
  });

  it("puts the stored figures in place of the markers and drops the missing ones", () => {
    expect(bodyWithFigures("<p>a</p><!--legacy-image:0--><!--legacy-image:1-->", ["<figure>X</figure>", null])).toBe("<p>a</p><figure>X</figure>");
  });
});

describe("prepareLegacyArticle", () => {
  it("makes a short lead the summary and the full text the body, without plugin tags", () => {
    const prepared = prepareLegacyArticle(article({ introHtml: "<p>Sáng 5/3, LĐLĐ tỉnh tổ chức hội nghị.</p>", fullHtml: "<p>Nội dung {loadposition user1} chính.</p>" }));
    expect(prepared.summary).toBe("Sáng 5/3, LĐLĐ tỉnh tổ chức hội nghị.");
    expect(prepared.bodyTemplate).toBe("<p>Nội dung  chính.</p>");
  });

  it("keeps a lead without a full text as the body, its first sentence as the summary", () => {
    const prepared = prepareLegacyArticle(article({ introHtml: "<p>Chiều 12/4, công đoàn cơ sở trao 50 suất quà. Các suất quà trị giá 500.000 đồng.</p>" }));
    expect(prepared.summary).toBe("Chiều 12/4, công đoàn cơ sở trao 50 suất quà.");
    expect(prepared.bodyTemplate).toContain("Các suất quà");
  });

  it("takes the byline from the body's last line, else from the old author", () => {
    expect(prepareLegacyArticle(article({ fullHtml: "<p>Nội dung.</p><p><strong>Tin &amp; ảnh: Hoàng Lan</strong></p>", authorName: "admin" })).byline).toBe("Hoàng Lan");
    expect(prepareLegacyArticle(article({ fullHtml: "<p>Nội dung.</p>", authorName: "Minh Quân" })).byline).toBe("Minh Quân");
  });

  it("makes the full-text image the cover, with the caption written on either, and leaves it out of the body", () => {
    const prepared = prepareLegacyArticle(
      article({
        fullHtml: '<p>Nội dung.</p><p><img src="images/tin/a.jpg"></p>',
        leadImage: { src: "images/tin/a.jpg", alt: "", caption: "Quang cảnh hội nghị" },
        fullImage: { src: "images/tin/a.jpg", alt: "Hội trường", caption: "" },
      }),
    );
    expect(prepared.cover).toEqual({ src: "images/tin/a.jpg", alt: "Hội trường", caption: "Quang cảnh hội nghị" });
    expect(prepared.images[0]?.src).toBe("");
  });

  it("reads a series part from the title and keeps a free alias as the slug", () => {
    const prepared = prepareLegacyArticle(article({ title: "Người lao động giữ nghề (Kỳ 2)", alias: "nguoi-lao-dong-giu-nghe-ky-2" }));
    expect(prepared.series).toEqual({ seriesTitle: "Người lao động giữ nghề", part: 2 });
    expect(prepared.slugBase).toBe("nguoi-lao-dong-giu-nghe-ky-2");
    expect(prepareLegacyArticle(article({ title: "Đại hội Công đoàn", alias: "" })).slugBase).toBe("dai-hoi-cong-doan");
  });
});

describe("legacyImagePath", () => {
  const joomla = { folder: "images", oldBaseUrl: "https://congdoan-cu.example.vn" };
  it("finds relative, rooted and old-host addresses inside the media root", () => {
    expect(legacyImagePath("images/tin/anh%201.jpg", joomla)).toEqual({ ok: true, relative: "tin/anh 1.jpg" });
    expect(legacyImagePath("/images/tin/a.jpg?v=2", joomla)).toEqual({ ok: true, relative: "tin/a.jpg" });
    expect(legacyImagePath("https://www.congdoan-cu.example.vn/images/tin/a.jpg", joomla)).toEqual({ ok: true, relative: "tin/a.jpg" });
    expect(legacyImagePath("//congdoan-cu.example.vn/images/a.jpg", joomla)).toEqual({ ok: true, relative: "a.jpg" });
  });

  it("refuses a path with '..', another host, and files outside the folder", () => {
    expect(legacyImagePath("images/../configuration.php", joomla)).toEqual({ ok: false, reason: "parent" });
    expect(legacyImagePath("images/tin/%2e%2e/%2e%2e/x.jpg", joomla)).toEqual({ ok: false, reason: "parent" });
    expect(legacyImagePath("https://example.com/images/a.jpg", joomla)).toEqual({ ok: false, reason: "foreign" });
    expect(legacyImagePath("templates/logo.png", joomla)).toEqual({ ok: false, reason: "outside" });
    expect(legacyImagePath("data:image/png;base64,AAAA", joomla)).toEqual({ ok: false, reason: "empty" });
  });

  it("takes a site served under a folder into account", () => {
    expect(legacyImagePath("https://old.example.vn/cong-doan/uploads/news/a.jpg", { folder: "uploads", oldBaseUrl: "https://old.example.vn/cong-doan/" })).toEqual({ ok: true, relative: "news/a.jpg" });
  });
});
