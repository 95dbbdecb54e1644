// A JPEG's own bytes without its metadata, as `jpegtran -copy none` writes it: the pixels as they
// were coded, so nothing is lost to a second compression and no encoder runs. What a browser needs
// to draw the image is kept (quantisation and Huffman tables, the frame, the scans, and Adobe's
// block, which says whether the three channels are YCbCr); every other application block (EXIF with
// its GPS position, XMP, IPTC, ICC profiles, vendors' previews), every comment and whatever follows
// the end of the image (a phone's appended video, a file hidden behind the picture) is left out.

import { u16be } from "./image-header";

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/** Kept as they are: quantisation tables, Huffman tables, the restart interval. */
const TABLES = new Set([0xdb, 0xc4, 0xdd]);
/** The frames browsers draw: baseline, extended sequential and progressive, all Huffman-coded. */
const DRAWN_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** Application blocks APP0–APP15 and comments: metadata, dropped. */
const isMetadata = (marker: number) => (marker >= 0xe0 && marker <= 0xef) || marker === 0xfe;
const APP14 = 0xee;
const isAdobeBlock = (b: Uint8Array, i: number) => b[i + 1] === APP14 && String.fromCharCode(...b.subarray(i + 4, i + 9)) === "Adobe";

/** Where the entropy-coded data that starts at `i` ends: at the first marker that is not a stuffed 0xFF00 or a restart. */
function endOfScanData(b: Uint8Array, i: number): number | null {
  for (let j = i; j + 1 < b.length; j++) {
    if (b[j] !== 0xff) continue;
    const next = b[j + 1] ?? 0;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return j;
  }
  return null;
}

/**
 * The JPEG without metadata, or null when it cannot be kept as it is: not one frame that browsers
 * draw as it is (arithmetic coding, lossless, hierarchical, 12-bit, CMYK), a block this walk does
 * not know, or a file that ends before its last scan.
 */
export function jpegWithoutMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let frames = 0;
  let scans = 0;
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // a fill byte before a marker
      continue;
    }
    if (marker === EOI) {
      if (frames !== 1 || scans === 0) return null;
      kept.push(bytes.subarray(i, i + 2));
      return concat(kept);
    }
    if (i + 4 > bytes.length) return null;
    const end = i + 2 + u16be(bytes, i + 2);
    if (end > bytes.length || end < i + 4) return null;
    if (isMetadata(marker) && !isAdobeBlock(bytes, i)) {
      i = end;
    } else if (TABLES.has(marker) || marker === APP14) {
      // APP14 reaches here only as Adobe's block.
      kept.push(bytes.subarray(i, end));
      i = end;
    } else if (DRAWN_FRAMES.has(marker)) {
      // 8 bits a sample (browsers do not draw 12), and grey or colour: CMYK is left to the encoder.
      if (++frames > 1 || bytes[i + 4] !== 8 || (bytes[i + 9] !== 1 && bytes[i + 9] !== 3)) return null;
      kept.push(bytes.subarray(i, end));
      i = end;
    } else if (marker === SOS) {
      if (frames !== 1) return null;
      const dataEnd = endOfScanData(bytes, end);
      if (dataEnd === null) return null;
      kept.push(bytes.subarray(i, dataEnd));
      scans++;
      i = dataEnd;
    } else {
      return null;
    }
  }
  return null;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
