import { describe, expect, it } from "vitest";
import { ViewTally } from "./view-tally";

describe("ViewTally", () => {
  it.each([
    ["2026-11-22T03:00:00Z", "2026-11-22"],
    ["2026-11-21T16:59:59Z", "2026-11-21"],
    ["2026-11-21T17:00:00Z", "2026-11-22"],
    ["2026-12-31T17:30:00Z", "2027-01-01"],
  ])("files a view at %s under the Vietnam day %s", (instant, day) => {
    const tally = new ViewTally();
    tally.add(7, new Date(instant));
    expect(tally.take()).toEqual([{ articleId: 7, day, views: 1 }]);
  });

  it("adds up views per article and day, and shows what is pending per article", () => {
    const tally = new ViewTally();
    tally.add(1, new Date("2026-11-21T16:00:00Z"));
    tally.add(1, new Date("2026-11-21T16:30:00Z"));
    tally.add(1, new Date("2026-11-21T17:10:00Z"));
    tally.add(2, new Date("2026-11-21T17:10:00Z"));
    expect(tally.pendingFor(1)).toBe(3);
    expect(tally.pendingFor(2)).toBe(1);
    expect(tally.pendingFor(3)).toBe(0);
    expect(tally.take()).toEqual([
      { articleId: 1, day: "2026-11-21", views: 2 },
      { articleId: 1, day: "2026-11-22", views: 1 },
      { articleId: 2, day: "2026-11-22", views: 1 },
    ]);
  });

  it("starts again from zero once a batch is taken", () => {
    const tally = new ViewTally();
    tally.add(1, new Date("2026-11-22T03:00:00Z"));
    tally.take();
    expect(tally.isEmpty).toBe(true);
    expect(tally.pendingFor(1)).toBe(0);
    expect(tally.take()).toEqual([]);
  });

  it("merges a batch put back after a failed write with the views counted since", () => {
    const tally = new ViewTally();
    const at = new Date("2026-11-22T03:00:00Z");
    tally.add(1, at);
    tally.add(1, at);
    const failed = tally.take();
    tally.add(1, at);
    tally.restore(failed);
    expect(tally.pendingFor(1)).toBe(3);
    expect(tally.take()).toEqual([{ articleId: 1, day: "2026-11-22", views: 3 }]);
  });
});
