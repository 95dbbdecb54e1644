import { describe, expect, it } from "vitest";
import { CALM_REVALIDATE_SECONDS, earliest, revalidateSecondsUntil } from "./cache-life";

const now = new Date("2026-11-23T03:00:00Z");
const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("revalidateSecondsUntil", () => {
  it.each([
    ["nothing scheduled: hourly", null, CALM_REVALIDATE_SECONDS],
    ["a publication in two days: hourly", after(2 * 86400), 3600],
    ["a publication in exactly an hour", after(3600), 3600],
    ["a publication in 10 minutes: until then", after(600), 600],
    ["a publication in 4.2 seconds: rounded up, never early", after(4.2), 5],
    ["a publication due now: the least Next allows", after(0), 1],
    ["a publication already past (a page rendered late)", after(-30), 1],
  ])("for %s", (_, nextChange, expected) => {
    expect(revalidateSecondsUntil(nextChange, now)).toBe(expected);
  });
});

describe("earliest", () => {
  it.each([
    [null, null, null],
    [after(5), null, after(5)],
    [null, after(5), after(5)],
    [after(5), after(3), after(3)],
  ])("of %s and %s is %s", (a, b, expected) => {
    expect(earliest(a, b)).toEqual(expected);
  });
});
