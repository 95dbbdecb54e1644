import { describe, expect, it } from "vitest";
import { jpegWithoutMetadata } from "./jpeg-without-metadata";

// The walk over a JPEG's blocks, on files made byte by byte; server/media-storage.test.ts decodes real ones.
const ascii = (text: string) => [...new TextEncoder().encode(text)];
const u16be = (n: number) => [n >>> 8, n & 255];
const segment = (marker: number, body: number[]) => [0xff, marker, ...u16be(body.length + 2), ...body];
const frame = (marker = 0xc0, precision = 8, components = 3) => segment(marker, [precision, ...u16be(2), ...u16be(2), components, ...Array(components * 3).fill(1)]);
const tables = [...segment(0xdb, Array(65).fill(1)), ...segment(0xc4, Array(30).fill(2))];
// A scan's data holds 0xFF only as a stuffed 0xFF00 or a restart marker.
const scan = [...segment(0xda, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]), 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
const exif = segment(0xe1, [...ascii("Exif\0\0"), ...Array(40).fill(9)]);
const comment = segment(0xfe, ascii("Máy ảnh của phóng viên"));
const adobe = segment(0xee, [...ascii("Adobe"), 0, 100, 0, 0, 0, 0, 0]);
const strip = (...parts: number[][]) => {
  const out = jpegWithoutMetadata(Uint8Array.from(parts.flat()));
  return out && [...out];
};

describe("jpegWithoutMetadata", () => {
  it("keeps the tables, the frame and the scan, and drops EXIF, JFIF and comments", () => {
    expect(strip(SOI, segment(0xe0, ascii("JFIF\0")), exif, comment, tables, frame(), scan, EOI)).toEqual([...SOI, ...tables, ...frame(), ...scan, ...EOI]);
  });

  it("keeps every scan of a progressive JPEG, with the tables between them", () => {
    const second = segment(0xc4, Array(20).fill(5));
    expect(strip(SOI, exif, tables, frame(0xc2), scan, second, scan, EOI)).toEqual([...SOI, ...tables, ...frame(0xc2), ...scan, ...second, ...scan, ...EOI]);
  });

  it("keeps Adobe's block, which says how the channels are coded", () => {
    expect(strip(SOI, adobe, exif, tables, frame(), scan, EOI)).toEqual([...SOI, ...adobe, ...tables, ...frame(), ...scan, ...EOI]);
  });

  it("drops whatever follows the end of the image", () => {
    expect(strip(SOI, tables, frame(), scan, EOI, ascii("PK\u0003\u0004 một tệp nén giấu sau ảnh"))).toEqual([...SOI, ...tables, ...frame(), ...scan, ...EOI]);
  });

  it("keeps a grey JPEG", () => {
    expect(strip(SOI, tables, frame(0xc0, 8, 1), scan, EOI)).not.toBeNull();
  });

  it.each([
    ["not a JPEG", [ascii("GIF89a")]],
    ["arithmetic coding (SOF9)", [SOI, tables, frame(0xc9), scan, EOI]],
    ["a lossless frame (SOF3)", [SOI, tables, frame(0xc3), scan, EOI]],
    ["a hierarchical frame (SOF5)", [SOI, tables, frame(0xc5), scan, EOI]],
    ["12 bits a sample", [SOI, tables, frame(0xc1, 12), scan, EOI]],
    ["CMYK", [SOI, adobe, tables, frame(0xc0, 8, 4), scan, EOI]],
    ["two frames", [SOI, tables, frame(), frame(), scan, EOI]],
    ["a scan before its frame", [SOI, tables, scan, frame(), EOI]],
    ["no scan", [SOI, tables, frame(), EOI]],
    ["a file cut inside its scan", [SOI, tables, frame(), scan]],
    ["a file cut inside a block", [SOI, exif.slice(0, 20)]],
    ["a block longer than the file", [SOI, [0xff, 0xe1, 0xff, 0xff, 1, 2, 3]]],
    ["a block of length 0", [SOI, [0xff, 0xe1, 0, 0], tables, frame(), scan, EOI]],
    ["garbage between blocks", [SOI, tables, [0x00, 0x11], frame(), scan, EOI]],
    ["a block this walk does not know (DNL)", [SOI, tables, frame(), scan, segment(0xdc, [0, 2]), EOI]],
  ])("refuses %s", (_what, parts) => {
    expect(strip(...parts)).toBeNull();
  });
});
