import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "./colour-contrast";

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#000000", 21],
    ["#fff", "#FFFFFF", 1],
    ["#767676", "#ffffff", 4.54],
    ["#777777", "#ffffff", 4.48],
    ["#949494", "#ffffff", 3.03],
    ["#1d4ed8", "#ffffff", 6.7],
    ["#ff0000", "#ffffff", 4],
  ])("measures %s against %s as %d:1", (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });

  it("gives white a luminance of 1 and black 0", () => {
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(relativeLuminance("000")).toBe(0);
  });

  it.each(["", "red", "#12345", "#gggggg", "rgb(0,0,0)"])("refuses %j, which is not a hexadecimal colour", (value) => {
    expect(() => relativeLuminance(value)).toThrow(/hexadecimal/);
  });
});
