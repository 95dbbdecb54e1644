import { describe, expect, it } from "vitest";
import { bodyWithPictures, figureHtml, imageSources, mediaFileName, mediaFileNames, parseMediaFileName } from "./media-files";
import { sanitizeArticleHtml } from "./sanitize";

describe("media file names", () => {
  it.each([
    ["demo-conference-3", 960, "webp", "demo-conference-3-960.webp"],
    ["a1b2c3", 480, "jpg", "a1b2c3-480.jpg"],
  ] as const)("names %s at %i px as %s", (key, width, format, expected) => {
    expect(mediaFileName(key, width, format)).toBe(expected);
    expect(parseMediaFileName(expected)).toEqual({ storageKey: key, width, format });
  });

  it.each(["../etc/passwd", "x-960.png", "demo-960.webp/../../a", "-960.webp", "demo-9.webp", "Demo-960.webp", ""])(
    "refuses the requested name %j",
    (name) => {
      expect(parseMediaFileName(name)).toBeNull();
    },
  );

  it("offers WebP widths in the srcset and the largest JPEG as the fallback", () => {
    const sources = imageSources({ storageKey: "k", variantWidths: [960, 480, 1600], width: 1600, height: 1000, alt: "Hội trường" });
    expect(sources.src).toBe("/api/media/k-1600.jpg");
    expect(sources.srcSet).toBe("/api/media/k-480.webp 480w, /api/media/k-960.webp 960w, /api/media/k-1600.webp 1600w");
    expect(sources.alt).toBe("Hội trường");
  });

  it.each([
    [{ storageKey: "ab12", variantWidths: [480, 960, 1600] }, ["ab12-480.webp", "ab12-480.jpg", "ab12-960.webp", "ab12-960.jpg", "ab12-1600.webp", "ab12-1600.jpg"]],
    [{ storageKey: "nho", variantWidths: [320] }, ["nho-320.webp", "nho-320.jpg"]],
    [{ storageKey: "rong", variantWidths: [] }, []],
  ])("lists every stored file of %j", (image, names) => {
    expect(mediaFileNames(image)).toEqual(names);
  });
});

describe("bodyWithPictures", () => {
  const photo = { storageKey: "hoi-nghi", variantWidths: [480, 960, 1600], width: 1600, height: 1200, alt: 'Hội nghị "Tổng kết" > 2024' };
  const stored = sanitizeArticleHtml(`<p>Mở đầu.</p>${figureHtml(photo, "Quang cảnh hội nghị")}<p>Kết.</p>`);

  it("gives a stored photo's WebP widths to a WebP source and leaves its img the JPEG alone", () => {
    const shown = bodyWithPictures(stored);
    expect(shown).toBe(
      "<p>Mở đầu.</p><figure><picture>" +
        '<source type="image/webp" srcset="/api/media/hoi-nghi-480.webp 480w, /api/media/hoi-nghi-960.webp 960w, /api/media/hoi-nghi-1600.webp 1600w" sizes="(min-width: 768px) 720px, 100vw">' +
        '<img src="/api/media/hoi-nghi-1600.jpg" width="1600" height="1200" alt="Hội nghị &quot;Tổng kết&quot; &gt; 2024" loading="lazy">' +
        "</picture><figcaption>Quang cảnh hội nghị</figcaption></figure><p>Kết.</p>",
    );
  });

  it("changes nothing on a second pass", () => {
    const once = bodyWithPictures(stored);
    expect(bodyWithPictures(once)).toBe(once);
  });

  it("leaves an image without WebP widths, and the text around it, as stored", () => {
    const plain = sanitizeArticleHtml('<p>Ảnh cũ:</p><img src="/api/media/anh-cu-960.jpg" alt="a"><p>srcset="x.webp 1w" là chữ.</p>');
    expect(bodyWithPictures(plain)).toBe(plain);
    const mixed = sanitizeArticleHtml('<img src="/api/media/k-960.jpg" srcset="/api/media/k-480.jpg 480w, /api/media/k-960.webp 960w" alt="b">');
    expect(bodyWithPictures(mixed)).toBe(mixed);
  });

  it("makes each photo of a body its own picture", () => {
    const two = stored + sanitizeArticleHtml(figureHtml({ ...photo, storageKey: "trao-qua", alt: "Trao quà" }, ""));
    const shown = bodyWithPictures(two);
    expect(shown.match(/<picture><source type="image\/webp" srcset="[^"]+" sizes="[^"]+"><img src="\/api\/media\/[a-z-]+-1600\.jpg"/g)).toHaveLength(2);
    expect(shown).not.toMatch(/<img[^>]*srcset/);
  });
});
