import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaFileName } from "@/core/media-files";
import { SITE_ICON_FILES, webAppManifest, type SiteIconName } from "@/core/site-icon-files";
import { storeImageVariants } from "./media-storage";
import { renderSiteIcon, siteIcon, siteIconTag } from "./site-icons";
import type { MediaStore } from "./media-store";
import { localMediaStore } from "./media-store-local";

let mediaDir: string;
let store: MediaStore;
const emblem = { storageKey: "bieu-trung-thu", fileName: mediaFileName("bieu-trung-thu", 600, "webp") };

beforeAll(async () => {
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-icons-"));
  store = localMediaStore(mediaDir);
  // A wide red emblem with a transparent surround: contained, it must stay whole and centred.
  const red = await sharp({ create: { width: 600, height: 300, channels: 4, background: { r: 200, g: 20, b: 30, alpha: 1 } } }).png().toBuffer();
  await storeImageVariants(red, emblem.storageKey, store);
});
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

/** The directory of an .ico: each image's declared size, and the PNG its offset points at. */
function icoEntries(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1]);
  return Array.from({ length: view.getUint16(4, true) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    return { width: view.getUint8(entry) || 256, height: view.getUint8(entry + 1) || 256, bitsPerPixel: view.getUint16(entry + 6, true), png: Buffer.from(bytes.subarray(offset, offset + length)) };
  });
}

describe.each([
  ["the neutral emblem", null],
  ["an uploaded emblem", emblem],
])("icons drawn from %s", (_source, from) => {
  it("makes a favicon.ico holding PNGs of 16, 32 and 48 px, as its directory says", async () => {
    const entries = icoEntries(await renderSiteIcon("favicon.ico", from, store));
    expect(entries.map(({ width, height, bitsPerPixel }) => [width, height, bitsPerPixel])).toEqual([[16, 16, 32], [32, 32, 32], [48, 48, 32]]);
    for (const entry of entries) {
      expect(await sharp(entry.png).metadata()).toMatchObject({ format: "png", width: entry.width, height: entry.height });
    }
  });

  it.each<[SiteIconName, number, boolean]>([
    ["apple-touch-icon.png", 180, false],
    ["icon-192.png", 192, true],
    ["icon-512.png", 512, true],
  ])("makes %s a %i px square PNG (transparent: %s)", async (name, size, transparent) => {
    const png = await renderSiteIcon(name, from, store);
    const metadata = await sharp(png).metadata();
    expect(metadata).toMatchObject({ format: "png", width: size, height: size, hasAlpha: transparent });
    if (transparent) {
      // The corner is margin, the centre is the emblem.
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
      expect(alphaAt(0, 0)).toBe(0);
      expect(alphaAt(size / 2, size / 2)).toBe(255);
    }
  });
});

describe("the icons of the current emblem", () => {
  it("are tagged by the emblem, so a new emblem is a new tag", () => {
    expect(siteIconTag("favicon.ico", null)).toBe('"mac-dinh-favicon.ico-1"');
    expect(siteIconTag("favicon.ico", emblem)).not.toBe(siteIconTag("favicon.ico", null));
    expect(siteIconTag("icon-192.png", emblem)).not.toBe(siteIconTag("favicon.ico", emblem));
  });

  it("are drawn once, and differ when the emblem does", async () => {
    const first = siteIcon("icon-192.png", null, store);
    expect(siteIcon("icon-192.png", null, store)).toBe(first);
    const uploaded = await siteIcon("icon-192.png", emblem, store);
    expect(Buffer.from(uploaded).equals(Buffer.from(await first))).toBe(false);
  });

  it("fall back to the neutral icon when the emblem's file is gone", async () => {
    const missing = { storageKey: "khong-con", fileName: "khong-con-960.webp" };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const icon = await siteIcon("icon-512.png", missing, store);
      expect(Buffer.from(icon).equals(Buffer.from(await renderSiteIcon("icon-512.png", null, store)))).toBe(true);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});

describe("the web app manifest", () => {
  it("names the union, starts at the home page and lists the 192 and 512 px icons", () => {
    expect(webAppManifest({ name: "Liên đoàn Lao động tỉnh Hải Lâm", shortName: "LĐLĐ Hải Lâm" })).toEqual({
      name: "Liên đoàn Lao động tỉnh Hải Lâm",
      short_name: "LĐLĐ Hải Lâm",
      lang: "vi",
      dir: "ltr",
      start_url: "/",
      scope: "/",
      display: "standalone",
      theme_color: "#10244d",
      background_color: "#ffffff",
      icons: [
        { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      ],
    });
    expect(Object.keys(SITE_ICON_FILES)).toEqual(["favicon.ico", "apple-touch-icon.png", "icon-192.png", "icon-512.png"]);
  });
});
