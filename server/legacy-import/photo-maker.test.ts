// The import's photos made on a worker thread of their own (photo-maker.ts over worker-calls.ts):
// a real worker, the real media pipeline, files in a folder of this test's own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaFileName } from "@/core/media-files";
import { phonePhoto, pngBomb } from "@/tests/image-fixtures";
import { IMPORT_PHOTOS_AT_ONCE, photosMadeOnWorker } from "./photo-maker";

let work: string;
let mediaDir: string;
const savedMediaDir = process.env.MEDIA_DIR;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-photo-maker-"));
  mediaDir = path.join(work, "media");
  // The worker opens the media store this process is configured with: a folder, here.
  process.env.MEDIA_DIR = mediaDir;
});

afterAll(() => {
  if (savedMediaDir === undefined) delete process.env.MEDIA_DIR;
  else process.env.MEDIA_DIR = savedMediaDir;
  fs.rmSync(work, { recursive: true, force: true });
});

describe("photos made on a worker thread", () => {
  it("stores every width in the configured store, passes on a failure as its message, and refuses calls once closed", async () => {
    const photo = path.join(work, "anh-1.jpg");
    await sharp({ create: { width: 1000, height: 750, channels: 3, background: "#2a6f97" } }).jpeg().toFile(photo);
    fs.writeFileSync(path.join(work, "khong-phai-anh.jpg"), "<html>404</html>");

    const photos = photosMadeOnWorker();
    try {
      const [made, missing, notImage] = await Promise.allSettled([
        photos.make(photo, "anh-1.jpg"),
        photos.make(path.join(work, "khong-co.jpg"), "khong-co.jpg"),
        photos.make(path.join(work, "khong-phai-anh.jpg"), "khong-phai-anh.jpg"),
      ]);
      if (made.status !== "fulfilled" || !made.value.ok) throw new Error(`not made: ${JSON.stringify(made)}`);
      expect(made.value.stored.variantWidths).toEqual([480, 960, 1000]);
      for (const width of made.value.stored.variantWidths) {
        expect(fs.existsSync(path.join(mediaDir, mediaFileName(made.value.storageKey, width, "webp")))).toBe(true);
      }
      // The worker's error reaches the caller as an error of its own, and the worker goes on.
      expect(missing).toMatchObject({ status: "rejected", reason: { message: expect.stringContaining("ENOENT") } });
      expect(notImage).toMatchObject({ status: "fulfilled", value: { ok: false, status: 415 } });
    } finally {
      await photos.close();
    }
    // Once the worker has stopped, a call fails at once: it never waits for an answer that cannot come.
    await expect(photos.make(photo, "anh-1.jpg")).rejects.toThrow(/Luồng làm ảnh đã dừng/);
  });

  // sharp's counters are the process's, so this thread sees the worker's pipelines at work.
  async function mostAtOnce(files: string[]): Promise<number> {
    const photos = photosMadeOnWorker();
    let most = 0;
    const sampler = setInterval(() => (most = Math.max(most, sharp.counters().process)), 2);
    try {
      const made = await Promise.all(files.map((file) => photos.make(file, path.basename(file))));
      expect(made.map((result) => result.ok)).toEqual(files.map(() => true));
    } finally {
      clearInterval(sampler);
      await photos.close();
    }
    return most;
  }
  const written = (name: string, bytes: Buffer) => {
    fs.writeFileSync(path.join(work, name), bytes);
    return path.join(work, name);
  };

  it(`makes ${IMPORT_PHOTOS_AT_ONCE} phone photos at once, but never more than two images of 30 megapixels`, { timeout: 120_000 }, async () => {
    const phone = await Promise.all([0, 1, 2, 3, 0].map(async (variant, i) => written(`dien-thoai-${i}.jpg`, await phonePhoto(variant))));
    expect(await mostAtOnce(phone)).toBe(IMPORT_PHOTOS_AT_ONCE);
    // Three of them would decode 90 megapixels at once: more than two images at the 40-megapixel limit.
    const large = written("ban-do.png", await pngBomb(6000, 5000));
    expect(await mostAtOnce([large, large, large])).toBe(2);
  });
});
