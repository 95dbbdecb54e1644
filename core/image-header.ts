// An image's dimensions read from the first bytes of its file, without decoding it: the browser
// refuses an image over the pixel limit before sending it. The server decides with its own
// decoder (sharp); this only spares a person the wait for a refusal that is certain.
import { imageFormatOf } from "./upload-rules";

export type Dimensions = { width: number; height: number };

/** How much of a file to read: a JPEG's frame header follows its EXIF, ICC and XMP blocks. */
export const IMAGE_HEADER_BYTES = 256 * 1024;

/** A big-endian 16-bit number at `i` (a JPEG block's length, a frame's size); 0 past the end. */
export const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u24le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 0x10000 + u16be(b, i + 2);
const ascii = (b: Uint8Array, i: number, length: number) => String.fromCharCode(...b.subarray(i, i + length));

/** The frame headers SOF0–SOF15; C4 (Huffman tables), C8 and CC (arithmetic coding) are not frames. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegDimensions(b: Uint8Array): Dimensions | null {
  let i = 2;
  while (i + 9 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
    } else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2; // markers without a length
    } else if (isStartOfFrame(marker)) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    } else {
      i += 2 + u16be(b, i + 2);
    }
  }
  return null;
}

function webpDimensions(b: Uint8Array): Dimensions | null {
  switch (ascii(b, 12, 4)) {
    case "VP8X": // extended: the canvas, 24 bits each, minus one
      return b.length >= 30 ? { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 } : null;
    case "VP8L": {
      // lossless: after the 0x2f signature, 14 bits of width − 1 then 14 of height − 1
      if (b.length < 25 || b[20] !== 0x2f) return null;
      const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case "VP8 ": // lossy: the key frame's start code, then 14 bits each (2 bits of scaling)
      if (b.length < 30 || b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
      return { width: (b[26] ?? 0) | (((b[27] ?? 0) & 0x3f) << 8), height: (b[28] ?? 0) | (((b[29] ?? 0) & 0x3f) << 8) };
    default:
      return null;
  }
}

/** The dimensions as stored (before any EXIF turn, which does not change the pixel count); null when unknown. */
export function imageDimensionsOf(head: Uint8Array): Dimensions | null {
  switch (imageFormatOf(head)) {
    case "png":
      return head.length >= 24 && ascii(head, 12, 4) === "IHDR" ? { width: u32be(head, 16), height: u32be(head, 20) } : null;
    case "webp":
      return webpDimensions(head);
    case "jpeg":
      return jpegDimensions(head);
    default:
      return null;
  }
}
