import { describe, expect, it } from "vitest";
import { imageSources, mediaFileName, parseMediaFileName } from "./media-files";

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
});
