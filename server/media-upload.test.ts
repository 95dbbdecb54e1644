import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listMedia } from "@/db/queries/media";
import { createTestDatabase, insertUser } from "@/db/test-database";
import { storeUploadedImage } from "./media-upload";

let handle: ReturnType<typeof createTestDatabase>;
let mediaDir: string;
let userId: number;

beforeEach(() => {
  handle = createTestDatabase();
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-upload-"));
  userId = insertUser(handle.db, { role: "contributor" }).id;
});
afterEach(() => {
  handle.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const canvas = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#1e3a8a" } });
const upload = (bytes: Buffer, fileName = "anh.jpg", alt = "") => storeUploadedImage(handle.db, { bytes, fileName, alt, uploadedBy: userId }, mediaDir);

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
    const files = fs.readdirSync(mediaDir);
    expect(files.filter((f) => f.endsWith(".webp")).length).toBeGreaterThan(0);
    for (const file of files) {
      const metadata = await sharp(path.join(mediaDir, file)).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation ?? 1).toBe(1);
      expect(metadata.height).toBeGreaterThan(metadata.width ?? 0);
    }
    expect(listMedia(handle.db, { offset: 0, limit: 10 }).total).toBe(1);
  });

  it.each([
    ["PNG", () => canvas(640, 480).png().toBuffer()],
    ["WebP", () => canvas(640, 480).webp().toBuffer()],
    ["JPEG", () => canvas(640, 480).jpeg().toBuffer()],
  ])("accepts a %s image", async (_format, make) => {
    expect((await upload(await make(), "anh")).ok).toBe(true);
  });

  it.each([
    ["a GIF", "dong.gif", () => canvas(64, 64).gif().toBuffer()],
    ["an SVG", "ve.jpg", async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')],
    ["a text file named .jpg", "bao-cao.jpg", async () => Buffer.from("Đây là văn bản, không phải ảnh.")],
    ["a truncated JPEG", "hong.jpg", async () => (await canvas(800, 600).jpeg().toBuffer()).subarray(0, 400)],
  ])("refuses %s by its content with 415", async (_what, name, make) => {
    expect(await upload(await make(), name)).toEqual({ ok: false, status: 415, message: `Tệp “${name}” không phải ảnh JPEG, PNG hoặc WebP nên không tải lên được.` });
    expect(fs.readdirSync(mediaDir)).toEqual([]);
  });

  it("refuses an empty file with 400", async () => {
    expect(await upload(Buffer.alloc(0), "rong.png")).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses 11 MB with 413 before decoding anything", async () => {
    const result = await upload(Buffer.alloc(11 * 1024 * 1024, 7), "anh-lon.jpg");
    expect(result).toEqual({ ok: false, status: 413, message: "Ảnh “anh-lon.jpg” nặng 11,0 MB, vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại." });
  });
});
