// The import bench's photos (issue 17): 1600 × 1200 camera JPEGs as an old site's images/ folder.
// A flat colour would compress and resize unrealistically fast, so each photo is soft blobs of
// colour (its own) under fine detail and grain (one texture, a different window of it per photo):
// about 650 KB at quality 85, like a real one. Made in parallel (sharp works in libvips' threads),
// kept under data/bench/import-media/<size>/ and reused by later runs, which make only the missing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import sharp from "sharp";
import { createRandom, type Random } from "@/seeds/bulk-text";
import { benchPhotoPath } from "./joomla-bench-site";

const WIDTH = 1600;
const HEIGHT = 1200;
// The shared texture is larger than a photo, so that photos take different windows of it.
const TEXTURE = { width: 2400, height: 1800 };
const channels = 3 as const;

function randomPixels(random: Random, width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * channels);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(random.next() * 256);
  return pixels;
}

/** Random pixels enlarged with a cubic kernel: smooth blobs as big as the enlargement. */
function blobs(random: Random, width: number, height: number, to: { width: number; height: number }) {
  return sharp(randomPixels(random, width, height), { raw: { width, height, channels } }).resize(to.width, to.height, { kernel: "cubic" });
}

async function texture(): Promise<Buffer> {
  const grain = { create: { ...TEXTURE, channels, background: { r: 128, g: 128, b: 128 }, noise: { type: "gaussian" as const, mean: 128, sigma: 18 } } };
  return blobs(createRandom(7), 300, 225, TEXTURE).composite([{ input: grain, blend: "overlay" }]).raw().toBuffer();
}

async function writePhoto(target: string, n: number, detail: Buffer): Promise<void> {
  const random = createRandom(n);
  const left = random.int(0, TEXTURE.width - WIDTH);
  const top = random.int(0, TEXTURE.height - HEIGHT);
  const window = await sharp(detail, { raw: { ...TEXTURE, channels } }).extract({ left, top, width: WIDTH, height: HEIGHT }).raw().toBuffer();
  const partial = `${target}.${process.pid}.tmp`;
  await blobs(random, 12, 9, { width: WIDTH, height: HEIGHT })
    .composite([{ input: window, raw: { width: WIDTH, height: HEIGHT, channels }, blend: "soft-light" }])
    // Like the test fixture's photos (tests/legacy-portals.ts): camera and GPS EXIF, which the import strips.
    .withExif({
      IFD0: { Make: "Canon", Model: "EOS 600D", Artist: "Phóng viên cũ" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 50/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "106/1 45/1 0/1" },
    })
    .jpeg({ quality: 85 })
    .toFile(partial);
  // Renamed when whole: an interrupted run leaves no half photo to be reused.
  fs.renameSync(partial, target);
}

/**
 * The media root holding photos 1…count (benchPhotoPath), the missing ones made now. Returns the
 * root and how many were made.
 */
export async function ensureBenchPhotos(cacheDir: string, count: number): Promise<{ root: string; made: number; seconds: number }> {
  const root = path.resolve(cacheDir, `${WIDTH}x${HEIGHT}`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !fs.existsSync(path.join(root, benchPhotoPath(n))));
  const started = performance.now();
  if (missing.length > 0) {
    fs.mkdirSync(path.dirname(path.join(root, benchPhotoPath(1))), { recursive: true });
    const detail = await texture();
    const limit = pLimit(os.availableParallelism());
    await Promise.all(missing.map((n) => limit(() => writePhoto(path.join(root, benchPhotoPath(n)), n, detail))));
  }
  return { root, made: missing.length, seconds: (performance.now() - started) / 1000 };
}
