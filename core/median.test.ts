import { describe, expect, it } from "vitest";
import { median } from "./median";

describe("median", () => {
  it("is the middle value, the mean of the two middle ones for an even count, and null for none", () => {
    expect(median([])).toBeNull();
    expect(median([42])).toBe(42);
    expect(median([90, 10, 30])).toBe(30);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // Review times in minutes: one article waited a week, and the median does not care.
    expect(median([35, 50, 10_080, 40, 45])).toBe(45);
  });

  it("leaves the values it is given in their order", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
