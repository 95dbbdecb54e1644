import { describe, expect, it } from "vitest";
import { lockedUntil, normaliseUsername, signInDelayMs } from "./sign-in-throttle";

const NOW = new Date("2026-11-22T10:00:00Z");
const minutesAgo = (...minutes: number[]) => minutes.map((m) => new Date(NOW.getTime() - m * 60_000));

describe("lockedUntil", () => {
  it.each([
    ["no failures", minutesAgo(), null],
    ["four failures", minutesAgo(1, 2, 3, 4), null],
    ["five failures within 15 minutes", minutesAgo(1, 2, 3, 4, 5), "2026-11-22T10:14:00.000Z"],
    ["five failures spread over 20 minutes", minutesAgo(1, 5, 10, 15, 20), null],
    ["five failures that ended 16 minutes ago", minutesAgo(16, 17, 18, 19, 20), null],
    ["the fifth failure exactly 15 minutes ago", minutesAgo(15, 15, 15, 15, 15), null],
  ] as const)("%s → %s", (_case, failures, expected) => {
    expect(lockedUntil(failures, 5, NOW)?.toISOString() ?? null).toBe(expected);
  });

  it("uses the limit it is given (20 from one address)", () => {
    const failures = Array.from({ length: 20 }, (_, i) => new Date(NOW.getTime() - i * 30_000));
    expect(lockedUntil(failures.slice(0, 19), 20, NOW)).toBeNull();
    expect(lockedUntil(failures, 20, NOW)).not.toBeNull();
  });
});

describe("normaliseUsername", () => {
  it.each([["  BienTap ", "bientap"], ["quantri", "quantri"]])("reads %j as %j", (typed, expected) => {
    expect(normaliseUsername(typed)).toBe(expected);
  });
});

describe("signInDelayMs", () => {
  it.each([
    [0, 0, 0],
    [1, 0, 250],
    [2, 0, 500],
    [4, 0, 2000],
    [5, 0, 4000],
    [40, 0, 4000],
    [0, 3, 0],
    [0, 8, 500],
    [1, 19, 2000],
  ])("%i failures for the username, %i from the address → %i ms", (username, address, expected) => {
    expect(signInDelayMs(username, address)).toBe(expected);
  });
});
