import { describe, expect, it } from "vitest";
import { imageDimensionsOf } from "./image-header";

const ascii = (text: string) => [...new TextEncoder().encode(text)];
const u32be = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16be = (n: number) => [n >>> 8, n & 255];
const u24le = (n: number) => [n & 255, (n >>> 8) & 255, n >>> 16];

const png = (width: number, height: number) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...u32be(13), ...ascii("IHDR"), ...u32be(width), ...u32be(height), 8, 2, 0, 0, 0];
const riff = (chunk: string, data: number[]) => [...ascii("RIFF"), 0, 0, 0, 0, ...ascii("WEBP"), ...ascii(chunk), 0, 0, 0, 0, ...data];
const vp8x = (width: number, height: number) => riff("VP8X", [0x10, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1)]);
function vp8l(width: number, height: number) {
  const bits = (width - 1) | ((height - 1) << 14);
  return riff("VP8L", [0x2f, bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, (bits >>> 24) & 255]);
}
const vp8 = (width: number, height: number) => riff("VP8 ", [0x50, 0x2a, 0x01, 0x9d, 0x01, 0x2a, width & 255, width >>> 8, height & 255, height >>> 8]);
const segment = (marker: number, body: number[]) => [0xff, marker, ...u16be(body.length + 2), ...body];
const frame = (marker: number, width: number, height: number) => segment(marker, [8, ...u16be(height), ...u16be(width), 3, 1, 0x22, 0]);
const jpeg = (...segments: number[][]) => [0xff, 0xd8, ...segments.flat()];

describe("imageDimensionsOf", () => {
  it.each([
    ["a PNG", png(16000, 16000), { width: 16000, height: 16000 }],
    ["a lossless WebP", vp8l(16383, 12000), { width: 16383, height: 12000 }],
    ["an extended WebP", vp8x(16383, 16383), { width: 16383, height: 16383 }],
    ["a lossy WebP", vp8(4000, 3000), { width: 4000, height: 3000 }],
    ["a baseline JPEG", jpeg(segment(0xe0, ascii("JFIF\0")), frame(0xc0, 4000, 3000)), { width: 4000, height: 3000 }],
    ["a progressive JPEG after its tables and EXIF", jpeg(segment(0xe1, Array(5000).fill(7)), segment(0xdb, Array(64).fill(1)), segment(0xc4, Array(30).fill(2)), frame(0xc2, 65000, 65000)), { width: 65000, height: 65000 }],
    ["a JPEG with fill bytes between segments", jpeg(segment(0xe0, ascii("JFIF\0")), [0xff, 0xff], frame(0xc1, 800, 600)), { width: 800, height: 600 }],
  ])("reads %s", (_what, bytes, dimensions) => {
    expect(imageDimensionsOf(Uint8Array.from(bytes))).toEqual(dimensions);
  });

  it.each([
    ["a JPEG whose frame header lies past the bytes read", jpeg(segment(0xe1, Array(300).fill(7))).slice(0, 200)],
    ["a JPEG with garbage where a marker should be", [0xff, 0xd8, 0x12, 0x34, 0, 0, 0, 0, 0, 0, 0]],
    ["a PNG without its IHDR", png(10, 10).slice(0, 20)],
    ["a WebP of an unknown kind", riff("ABCD", Array(20).fill(0))],
    ["a lossy WebP without its start code", riff("VP8 ", Array(10).fill(0))],
    ["a GIF", [...ascii("GIF89a"), 10, 0, 10, 0]],
    ["nothing", []],
  ])("gives no dimensions for %s", (_what, bytes) => {
    expect(imageDimensionsOf(Uint8Array.from(bytes))).toBeNull();
  });
});
