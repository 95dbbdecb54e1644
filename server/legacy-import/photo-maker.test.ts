// The import's photos made on a worker thread of their own (photo-maker.ts over worker-calls.ts):
// a real worker, the real media pipeline, files in a folder of this test's own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaFileName } from "@/core/media-files";
import { photosMadeOnWorker } from "./photo-maker";

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
});
