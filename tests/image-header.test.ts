import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { IMAGE_HEADER_BYTES, imageDimensionsOf } from "@/core/image-header";
import { phonePhoto, pngBomb, webpBomb } from "./image-fixtures";

const canvas = (width: number, height: number, channels: 3 | 4 = 3) => sharp({ create: { width, height, channels, background: { r: 30, g: 58, b: 138, alpha: 0.5 } } });

// The browser's reading of a header must agree with sharp's, which decides on the server.
// The phone photo is 12 megapixels, made on first use: seconds on a fresh 2-core CI machine.
describe("imageDimensionsOf agrees with sharp", () => {
  it.each([
    ["a phone photo with EXIF", () => phonePhoto(1)],
    ["a progressive JPEG with an ICC profile", () => canvas(1234, 567).withIccProfile("p3").jpeg({ progressive: true }).toBuffer()],
    ["a PNG with alpha", () => canvas(321, 123, 4).png().toBuffer()],
    ["a lossy WebP", () => canvas(999, 333).webp().toBuffer()],
    ["a lossless WebP", () => canvas(1001, 77).webp({ lossless: true }).toBuffer()],
    ["a WebP with alpha (extended)", () => canvas(640, 480, 4).webp().toBuffer()],
    ["a WebP bomb", async () => webpBomb(16383, 16383)],
    ["a PNG bomb", () => pngBomb(16000, 16000)],
  ])("on %s", { timeout: 60_000 }, async (_what, make) => {
    const bytes = await make();
    const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
    expect(imageDimensionsOf(new Uint8Array(bytes.subarray(0, IMAGE_HEADER_BYTES)))).toEqual({ width, height });
  });
});
