import { describe, expect, it } from "vitest";
import { CALM_LIFETIME, earliest, lifetimeUntil } from "./cache-life";

const now = new Date("2026-11-23T03:00:00Z");
const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("lifetimeUntil", () => {
  it.each([
    ["nothing scheduled", null, CALM_LIFETIME],
    ["a publication further away than the calm lifetime", after(40 * 86400), CALM_LIFETIME],
    ["a publication in two days: refreshed hourly, gone when it is due", after(2 * 86400), { stale: 300, revalidate: 3600, expire: 172800 }],
    ["a publication in 10 minutes", after(600), { stale: 300, revalidate: 599, expire: 600 }],
    ["a publication in 4.2 seconds (rounded up, never early)", after(4.2), { stale: 5, revalidate: 4, expire: 5 }],
    ["a publication that is due now", after(0), { stale: 1, revalidate: 0, expire: 1 }],
    ["a publication already past (an old page being rendered late)", after(-30), { stale: 1, revalidate: 0, expire: 1 }],
  ])("for %s", (_, nextChange, expected) => {
    expect(lifetimeUntil(nextChange, now)).toEqual(expected);
  });

  it("never lets revalidate reach expire, as Next requires", () => {
    for (const seconds of [1, 2, 59, 3600, 3601, 86400]) {
      const { revalidate, expire } = lifetimeUntil(after(seconds), now);
      expect(revalidate).toBeLessThan(expire);
    }
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
