import { describe, expect, it } from "vitest";
import { weightedTsvector } from "./tsvector";

describe("weightedTsvector", () => {
  it("numbers each field's words after the previous field's, with the field's weight", () => {
    expect(weightedTsvector([["cong doan", "A"], ["", "B"], ["doan vien cong doan", "C"]])).toBe("'cong':1A,5C 'doan':2A,3C,6C 'vien':4C");
  });

  it("leaves out D, the default weight, and writes nothing for no words", () => {
    expect(weightedTsvector([["ha noi", "D"]])).toBe("'ha':1 'noi':2");
    expect(weightedTsvector([["", "A"], ["", "C"]])).toBe("");
  });

  it("keeps a word's first 255 positions and gives every word past 16383 that position, once", () => {
    const many = weightedTsvector([[Array.from({ length: 300 }, () => "lao").join(" "), "C"]]);
    expect(many.split(",")).toHaveLength(255);
    const long = weightedTsvector([[`${Array.from({ length: 16_390 }, (_, i) => `w${i}`).join(" ")} cuoi cuoi`, "C"]]);
    expect(long.includes("'w16381':16382C 'w16382':16383C 'w16383':16383C")).toBe(true);
    expect(long.slice(-29)).toBe("'w16389':16383C 'cuoi':16383C");
  });

  it("leaves out a word of 2,047 bytes or more, as PostgreSQL does", () => {
    expect(weightedTsvector([[`ngan ${"đ".repeat(1024)} ${"a".repeat(2046)}`, "A"]])).toBe(`'ngan':1A '${"a".repeat(2046)}':2A`);
  });
});
