// Images for the upload tests: bombs written by hand (a few kilobytes that decode to hundreds of
// megabytes) and phone-like photos, generated once and kept under data/ (which git ignores).
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import zlib from "node:zlib";
import sharp from "sharp";

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid black PNG of width × height in 1-bit grey: at 16000 × 16000, 32 MB of rows deflate to
 * about 31 KB, and decode to 256 megapixels. The rows go through a streaming deflate a block at a time.
 */
export async function pngBomb(width: number, height: number): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
  const row = Buffer.alloc(1 + Math.ceil(width / 8)); // filter byte "none", then black pixels
  const rowsPerBlock = 256;
  const block = Buffer.concat(Array.from({ length: rowsPerBlock }, () => row));
  function* rows() {
    for (let done = 0; done < height; done += rowsPerBlock) yield done + rowsPerBlock <= height ? block : block.subarray(0, (height - done) * row.length);
  }
  const compressed = await buffer(Readable.from(rows()).pipe(zlib.createDeflate({ level: 9 })));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", compressed),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Bits written least significant first, as VP8L reads them. */
function bitWriter() {
  const bytes: number[] = [];
  let bitCount = 0;
  return {
    write(value: number, bits: number) {
      for (let i = 0; i < bits; i++, bitCount++) {
        if (bitCount % 8 === 0) bytes.push(0);
        if ((value >> i) & 1) bytes[bytes.length - 1]! |= 1 << bitCount % 8;
      }
    },
    bytes: () => Buffer.from(bytes),
  };
}

/**
 * A valid lossless WebP (VP8L) of width × height (up to 16384 each), one opaque black colour. Every
 * prefix code holds a single symbol, so each pixel costs zero bits: the file is 40-odd bytes, and
 * libwebp still fills a whole width × height frame when it decodes (1 GB at 16383 × 16383).
 */
export function webpBomb(width: number, height: number): Buffer {
  const bits = bitWriter();
  bits.write(0x2f, 8); // VP8L signature
  bits.write(width - 1, 14);
  bits.write(height - 1, 14);
  bits.write(0, 1); // alpha not used
  bits.write(0, 3); // version 0
  bits.write(0, 1); // no transform
  bits.write(0, 1); // no colour cache
  bits.write(0, 1); // one prefix-code group for the whole image
  // Green, red, blue, alpha, distance: each a "simple" code of one symbol.
  for (const symbol of [0, 0, 0, 255, 0]) {
    bits.write(1, 1); // simple code
    bits.write(0, 1); // one symbol
    if (symbol < 2) {
      bits.write(0, 1); // a 1-bit symbol
      bits.write(symbol, 1);
    } else {
      bits.write(1, 1); // an 8-bit symbol
      bits.write(symbol, 8);
    }
  }
  const data = Buffer.concat([bits.bytes(), Buffer.alloc(4)]); // the pixels take no bits; a little slack
  const chunk = Buffer.concat([Buffer.from("VP8L"), u32le(data.length), data, Buffer.alloc(data.length % 2)]);
  return Buffer.concat([Buffer.from("RIFF"), u32le(4 + chunk.length), Buffer.from("WEBP"), chunk]);
}

function u32le(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

const fixtureDir = path.resolve(import.meta.dirname, "..", "data", "test-fixtures");

/**
 * A photo as a phone takes it: 4000 × 3000 JPEG of 2–4 MB with detail everywhere (blurred grain over
 * a gradient, so it compresses like a photo and not like a flat drawing), the odd one held sideways
 * with EXIF orientation 6. Made once per variant (a few seconds) and kept under data/.
 */
export async function phonePhoto(variant: number): Promise<Buffer> {
  const file = path.join(fixtureDir, `phone-photo-${variant}.jpg`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const width = 4000;
  const height = 3000;
  const hue = (variant * 67) % 360;
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},50%,25%)"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  const grain = await sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } }).blur(1).png().toBuffer();
  const photo = await sharp(gradient)
    .composite([{ input: grain, blend: "overlay" }])
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: "Điện thoại", Model: "Thử nghiệm" } })
    .withMetadata({ orientation: variant % 2 === 1 ? 6 : 1 })
    .toBuffer();
  fs.mkdirSync(fixtureDir, { recursive: true });
  fs.writeFileSync(`${file}.tmp`, photo);
  fs.renameSync(`${file}.tmp`, file);
  return photo;
}
