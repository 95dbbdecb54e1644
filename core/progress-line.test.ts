import { describe, expect, it } from "vitest";
import { progressLine } from "./progress-line";

describe("progressLine", () => {
  it("draws the share done, the counts, the rate and an estimate of what remains", () => {
    expect(progressLine(1234, 100_000, 2_000, "bài", 10)).toBe("[░░░░░░░░░░] 1.234/100.000 bài · 617 bài/giây · còn khoảng 3 phút");
    expect(progressLine(50, 100, 10_000, "bài", 10)).toBe("[█████░░░░░] 50/100 bài · 5 bài/giây · còn khoảng 10 giây");
    expect(progressLine(10, 100_000, 10_000, "bài", 4)).toBe("[░░░░] 10/100.000 bài · 1 bài/giây · còn khoảng 27 giờ 47 phút");
  });

  it("says when it is done, and that it is still estimating before anything is done", () => {
    expect(progressLine(100, 100, 1_000, "bài", 4)).toBe("[████] 100/100 bài · 100 bài/giây · xong");
    expect(progressLine(0, 100, 0, "bài", 4)).toBe("[░░░░] 0/100 bài · 0 bài/giây · đang ước tính");
  });
});
