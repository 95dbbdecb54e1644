import { describe, expect, it } from "vitest";
import { imageSources, mediaFileName, mediaFileNames, parseMediaFileName } from "./media-files";

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
