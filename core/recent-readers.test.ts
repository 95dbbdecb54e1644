import { describe, expect, it } from "vitest";
import { RecentReaders, RECOUNT_AFTER_MS } from "./recent-readers";

const MINUTE = 60 * 1000;
const T0 = Date.UTC(2026, 10, 22, 3, 0);

describe("RecentReaders", () => {
  it.each([
    ["a reload a second later", 1000, false],
    ["a reload 29 minutes later", 29 * MINUTE, false],
    ["a reload one millisecond before the 30 minutes are up", RECOUNT_AFTER_MS - 1, false],
    ["a visit exactly 30 minutes later", RECOUNT_AFTER_MS, true],
    ["a visit the next day", 24 * 60 * MINUTE, true],
    ["a visit after the clock was set back a minute", -MINUTE, false],
  ])("counts %s: %s", (_, later, counted) => {
    const readers = new RecentReaders({ windowMs: RECOUNT_AFTER_MS, maxEntries: 100 });
    expect(readers.admit("reader-1", T0)).toBe(true);
    expect(readers.admit("reader-1", T0 + later)).toBe(counted);
  });

  it("counts each reader once, however many readers come", () => {
    const readers = new RecentReaders({ windowMs: RECOUNT_AFTER_MS, maxEntries: 100 });
    const first = ["a", "b", "c"].map((key) => readers.admit(key, T0));
    const again = ["a", "b", "c"].map((key) => readers.admit(key, T0 + MINUTE));
    expect(first).toEqual([true, true, true]);
    expect(again).toEqual([false, false, false]);
  });

  it("keeps the window from the counted view, not from the latest reload", () => {
    const readers = new RecentReaders({ windowMs: RECOUNT_AFTER_MS, maxEntries: 100 });
    readers.admit("reader-1", T0);
    expect(readers.admit("reader-1", T0 + 20 * MINUTE)).toBe(false);
    expect(readers.admit("reader-1", T0 + 30 * MINUTE)).toBe(true);
  });

  it("forgets readers whose window has passed, so memory does not grow with the day's traffic", () => {
    const readers = new RecentReaders({ windowMs: RECOUNT_AFTER_MS, maxEntries: 100 });
    readers.admit("early-1", T0);
    readers.admit("early-2", T0 + MINUTE);
    readers.admit("later", T0 + 20 * MINUTE);
    readers.sweep(T0 + 31 * MINUTE);
    expect(readers.size).toBe(1);
    expect(readers.admit("later", T0 + 31 * MINUTE)).toBe(false);
  });

  it("makes room by forgetting the oldest readers when full", () => {
    const readers = new RecentReaders({ windowMs: RECOUNT_AFTER_MS, maxEntries: 3 });
    for (const [i, key] of ["a", "b", "c", "d"].entries()) readers.admit(key, T0 + i);
    expect(readers.size).toBe(3);
    // "a" was evicted, so it counts again; "d", the newest, is still remembered.
    expect(readers.admit("d", T0 + 10)).toBe(false);
    expect(readers.admit("a", T0 + 10)).toBe(true);
    expect(readers.size).toBe(3);
  });
});
