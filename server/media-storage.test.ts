import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mediaFileName } from "@/core/media-files";
import { storeImageVariants } from "./media-storage";
import { localMediaStore } from "./media-store-local";

let mediaDir: string;
beforeEach(() => {
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-variants-"));
});
afterEach(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const gps = { IFD0: { Make: "Máy ảnh" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 50/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 45/1 0/1" } };
/** A photo-like 1200 × 800 picture, detailed enough that encoding it again changes its pixels. */
const detailed = () => sharp({ create: { width: 1200, height: 800, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } }).blur(1);
/** A comment block (COM) right after the start of the image, which sharp does not write. */
const withComment = (jpeg: Buffer, text: string) => {
  const body = Buffer.from(text);
  const block = Buffer.concat([Buffer.from([0xff, 0xfe, (body.length + 2) >> 8, (body.length + 2) & 255]), body]);
  return Buffer.concat([jpeg.subarray(0, 2), block, jpeg.subarray(2)]);
};
const pixels = async (image: Buffer) => await sharp(image).raw().toBuffer();
const stored = (key: string, width: number, format: "jpg" | "webp") => fs.readFileSync(path.join(mediaDir, mediaFileName(key, width, format)));

describe("storeImageVariants", () => {
  it("keeps an old portal's upright JPEG's own pixels as the JPEG, without its EXIF, XMP, comment or trailing bytes", async () => {
    const original = withComment(
      await detailed().jpeg({ quality: 85 }).withExif(gps).withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>').toBuffer(),
      "Ảnh: phóng viên",
    );
    const upload = Buffer.concat([original, Buffer.from("dữ liệu nối sau ảnh")]);
    const before = await sharp(upload).metadata();
    expect([before.exif, before.xmp]).not.toContain(undefined);
    expect(upload.includes(Buffer.from("Ảnh: phóng viên"))).toBe(true);

    const result = await storeImageVariants(upload, "anh-cu", localMediaStore(mediaDir));
    expect(result).toEqual({ width: 1200, height: 800, variantWidths: [480, 960, 1200], sizeBytes: upload.length });
    const jpeg = stored("anh-cu", 1200, "jpg");
    expect((await pixels(jpeg)).equals(await pixels(original))).toBe(true);
    const after = await sharp(jpeg).metadata();
    expect([after.exif, after.xmp, after.icc]).toEqual([undefined, undefined, undefined]);
    for (const text of ["Ảnh: phóng viên", "Máy ảnh", "dữ liệu nối sau ảnh"]) expect(jpeg.includes(Buffer.from(text))).toBe(false);
    expect(jpeg.length).toBeLessThan(original.length);
    expect(original.includes(jpeg.subarray(jpeg.length - 2002, jpeg.length - 2))).toBe(true);
    for (const width of [480, 960, 1200]) expect((await sharp(stored("anh-cu", width, "webp")).metadata()).width).toBe(width);
  });

  it.each([
    ["turned by its EXIF orientation", () => detailed().jpeg({ quality: 85 }).withMetadata({ orientation: 3 }).toBuffer()],
    ["with a colour profile to convert from (Display P3)", () => detailed().jpeg({ quality: 85 }).withIccProfile("p3").toBuffer()],
    ["heavier than a quality-90 JPEG (quality 95, 0.5 bytes a pixel)", () => detailed().jpeg({ quality: 95 }).toBuffer()],
    ["wider than 1600 px", () => detailed().resize({ width: 2000 }).jpeg({ quality: 85 }).toBuffer()],
  ])("encodes a JPEG %s again", async (_what, make) => {
    const upload = await make();
    const { width } = await storeImageVariants(upload, "anh", localMediaStore(mediaDir));
    const jpeg = stored("anh", width, "jpg");
    // Kept as it is, its coded pixels (the end of its last scan) would be the upload's.
    expect(upload.includes(jpeg.subarray(jpeg.length - 2002, jpeg.length - 2))).toBe(false);
    expect((await sharp(jpeg).metadata()).icc).toBeUndefined();
  });
});
