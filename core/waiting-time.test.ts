import { describe, expect, it } from "vitest";
import { formatWaitingTime } from "./waiting-time";

describe("formatWaitingTime", () => {
  const sent = new Date("2026-11-30T08:00:00Z");
  it.each([
    ["2026-11-30T08:00:30Z", "chưa tới 1 phút"],
    ["2026-11-30T07:59:00Z", "chưa tới 1 phút"],
    ["2026-11-30T08:01:00Z", "1 phút"],
    ["2026-11-30T08:59:59Z", "59 phút"],
    ["2026-11-30T09:00:00Z", "1 giờ"],
    ["2026-11-30T10:30:00Z", "2 giờ 30 phút"],
    ["2026-12-01T07:59:00Z", "23 giờ 59 phút"],
    ["2026-12-01T08:00:00Z", "1 ngày"],
    ["2026-12-03T13:10:00Z", "3 ngày 5 giờ"],
  ])("says a wait until %s is %s", (now, words) => {
    expect(formatWaitingTime(sent, new Date(now))).toBe(words);
  });
});
