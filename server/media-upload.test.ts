import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listMedia } from "@/db/queries/media";
import { createTestDatabase, insertUser, type TestDatabase } from "@/db/test-database";
import { phonePhoto, pngBomb, webpBomb } from "@/tests/image-fixtures";
import { IMAGE_JOBS_AT_ONCE, storeUploadedImage } from "./media-upload";
import { localMediaStore } from "@/server/media-store-local";

let handle: TestDatabase;
let dir: string;
let mediaDir: string;
let userId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-upload-"));
  mediaDir = path.join(dir, "media");
  userId = (await insertUser(handle.db, { role: "contributor" })).id;
});
afterEach(async () => {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const canvas = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#1e3a8a" } });
let fileCount = 0;
/** The route hands the pipeline a file on disk, as the request body streamed it. */
async function upload(bytes: Buffer, fileName = "anh.jpg", alt = "") {
  const file = path.join(dir, `upload-${++fileCount}`);
  fs.writeFileSync(file, bytes);
  return await storeUploadedImage(handle.db, { path: file, fileName, alt, uploadedBy: userId }, localMediaStore(mediaDir));
}
const storedFiles = () => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []);

describe("storeUploadedImage", () => {
  it("applies the EXIF orientation and strips every metadata block, GPS included", async () => {
    // A phone photo: stored 1200×800, to be shown turned a quarter (orientation 6), with a GPS position.
    const photo = await canvas(1200, 800)
      .jpeg()
      .withExif({ IFD0: { Make: "Điện thoại" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const result = await upload(photo, "dien-thoai.jpg", "  Hội trường  ");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.media).toMatchObject({ width: 800, height: 1200, alt: "Hội trường", originalName: "dien-thoai.jpg" });
    const files = storedFiles();
    expect(files.filter((f) => f.endsWith(".webp")).length).toBeGreaterThan(0);
    for (const file of files) {
      const metadata = await sharp(path.join(mediaDir, file)).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation ?? 1).toBe(1);
      expect(metadata.height).toBeGreaterThan(metadata.width ?? 0);
    }
    expect((await listMedia(handle.db, { offset: 0, limit: 10 })).total).toBe(1);
  });

  // Decoding 12 megapixels and encoding four variants takes a second or more on a busy 2-core machine.
  it("stores a 12-megapixel phone photo held sideways in every width as WebP, and at the largest as JPEG too", { timeout: 60_000 }, async () => {
    const result = await upload(await phonePhoto(1), "hoi-nghi.jpg");
    expect(result).toMatchObject({ ok: true, media: { width: 1600, height: 2133 } });
    expect(storedFiles().map((f) => f.replace(/^[0-9a-f]+-/, "")).sort()).toEqual(
      ["1600.jpg", "1600.webp", "480.webp", "960.webp"],
    );
    for (const file of storedFiles()) expect((await sharp(path.join(mediaDir, file)).metadata()).width).toBe(Number(/-(\d+)\./.exec(file)?.[1]));
  });

  it.each([
    ["PNG", () => canvas(640, 480).png().toBuffer()],
    ["WebP", () => canvas(640, 480).webp().toBuffer()],
    ["JPEG", () => canvas(640, 480).jpeg().toBuffer()],
  ])("accepts a %s image", async (_format, make) => {
    expect((await upload(await make(), "anh")).ok).toBe(true);
  });

  // A refusal that decoded first would take 5–15 s and gigabytes: these answer from the header.
  it.each([
    ["a 16383 × 16383 WebP of 34 bytes", "bom.webp", async () => webpBomb(16383, 16383), "16.383 × 16.383 điểm ảnh (268,4 megapixel)"],
    ["a 16000 × 16000 PNG of 31 KB", "bom.png", () => pngBomb(16000, 16000), "16.000 × 16.000 điểm ảnh (256,0 megapixel)"],
    ["a 8000 × 5001 PNG, just past the limit", "vua-qua.png", () => pngBomb(8000, 5001), "8.000 × 5.001 điểm ảnh (40,0 megapixel)"],
  ])("refuses %s with its size, before decoding it", { timeout: 10_000 }, async (_what, name, make, size) => {
    const bomb = await make();
    const started = performance.now();
    expect(await upload(bomb, name)).toEqual({
      ok: false,
      status: 413,
      message: `Ảnh “${name}” có kích thước ${size}, vượt quá giới hạn 40 megapixel. Hãy giảm kích thước ảnh rồi tải lại.`,
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(storedFiles()).toEqual([]);
  });

  it("accepts 40 megapixels exactly", { timeout: 30_000 }, async () => {
    expect(await upload(await pngBomb(8000, 5000), "dung-gioi-han.png")).toMatchObject({ ok: true, media: { width: 1600, height: 1000 } });
  });

  // "A photo cut off halfway" is a 12-megapixel phone photo, made on first use: seconds on a fresh 2-core CI machine.
  it.each([
    ["a GIF", "dong.gif", () => canvas(64, 64).gif().toBuffer()],
    ["an SVG", "ve.jpg", async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')],
    ["a text file named .jpg", "bao-cao.jpg", async () => Buffer.from("Đây là văn bản, không phải ảnh.")],
    ["a truncated JPEG", "hong.jpg", async () => (await canvas(800, 600).jpeg().toBuffer()).subarray(0, 400)],
    ["a photo cut off halfway", "dut-giua.jpg", async () => (await phonePhoto(0)).subarray(0, 1_500_000)],
    ["a PNG cut off halfway", "dut-giua.png", async () => (await canvas(800, 600).png({ compressionLevel: 0 }).toBuffer()).subarray(0, 700_000)],
  ])("refuses %s by its content with 415", { timeout: 60_000 }, async (_what, name, make) => {
    expect(await upload(await make(), name)).toEqual({ ok: false, status: 415, message: `Tệp “${name}” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.` });
    expect(storedFiles()).toEqual([]);
  });

  it("refuses an empty file with 400", async () => {
    expect(await upload(Buffer.alloc(0), "rong.png")).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses 11 MB with 413 before decoding anything", async () => {
    const result = await upload(Buffer.alloc(11 * 1024 * 1024, 7), "anh-lon.jpg");
    expect(result).toEqual({ ok: false, status: 413, message: "Ảnh “anh-lon.jpg” nặng 11,0 MB, vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại." });
  });

  it(`decodes at most ${IMAGE_JOBS_AT_ONCE} images at once, the others waiting their turn`, { timeout: 60_000 }, async () => {
    const photos = await Promise.all([0, 1, 2, 3, 0].map(phonePhoto));
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, sharp.counters().process)), 2);
    try {
      const results = await Promise.all(photos.map((photo, i) => upload(photo, `anh-${i}.jpg`)));
      expect(results.every((result) => result.ok)).toBe(true);
    } finally {
      clearInterval(sampler);
    }
    expect(most).toBe(IMAGE_JOBS_AT_ONCE);
  });
});
