import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES } from "./request-limits";
import { formatByteLimit, formatFileSize, formatMegabytes, formatNumber } from "./vi-number";

describe("formatMegabytes and formatNumber", () => {
  it.each([
    [11 * 1024 * 1024, "11,0 MB"],
    [10 * 1024 * 1024 + 1, "10,0 MB"],
    [1536 * 1024, "1,5 MB"],
    [2000 * 1024 * 1024, "2.000,0 MB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(formatMegabytes(bytes)).toBe(text);
  });

  it.each([
    [16383, 0, "16.383"],
    [999, 0, "999"],
    [1_000_000, 0, "1.000.000"],
    [268.435456, 1, "268,4"],
    [40.0008, 1, "40,0"],
    [1234.56, 1, "1.234,6"],
  ])("writes %d with %i decimals as %s, the Vietnamese way", (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });
});

describe("sizes", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1536, "1,5 KB"],
    [12_897_485, "12,3 MB"],
    [99.96 * 1024 * 1024, "100 MB"],
    [250 * 1024 * 1024, "250 MB"],
    [1024 * 1024 - 10, "1,0 MB"],
    [3.25 * 1024 ** 3, "3,3 GB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe("request limits", () => {
  it.each([
    [MAX_ACTION_BODY_BYTES, "2 MB"],
    [10 * 1024 * 1024, "10 MB"],
    [1536 * 1024, "1,5 MB"],
  ])("writes the limit of %i bytes as %s", (bytes, text) => {
    expect(formatByteLimit(bytes)).toBe(text);
  });
});
