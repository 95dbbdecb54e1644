import { describe, expect, it } from "vitest";
import { emptyOwnFigures, mergeFigures, monthsOf, reportFigures, reportRows, type OwnFigures } from "./report-figures";
import { daysPeriod, quarterPeriod } from "./report-period";

const own = (published: number, writers: number[], waits: number[], mostRead: { articleId: number; views: number } | null = null): OwnFigures => ({
  ...emptyOwnFigures(),
  published,
  contributorIds: new Set(writers),
  reviewTimes: waits,
  mostRead: mostRead && { ...mostRead, title: `Bài ${mostRead.articleId}`, slug: `bai-${mostRead.articleId}` },
});

describe("the report's rows", () => {
  const units = [
    { id: 1, parentId: null, name: "Tỉnh", depth: 0 },
    { id: 2, parentId: 1, name: "Huyện", depth: 1 },
    { id: 3, parentId: 2, name: "Xã", depth: 2 },
    { id: 4, parentId: 1, name: "Thành phố", depth: 1 },
  ];

  it("rolls a unit's sub-units into its row, then gives its own, and counts a writer of two units once", () => {
    const figures = new Map([
      [1, own(2, [10], [])],
      [2, own(1, [11], [60_000])],
      [3, own(4, [11, 12], [180_000, 120_000], { articleId: 9, views: 50 })],
      [4, own(0, [], [])],
    ]);
    const rows = reportRows(units, figures, new Map());
    expect(rows.map((r) => [r.name, r.kind, r.depth, r.figures.published, r.figures.contributors, r.figures.reviewMedianMs, r.figures.reviewLongestMs])).toEqual([
      ["Tỉnh", "rolled", 0, 7, 3, 120_000, 180_000],
      ["Tỉnh (trực tiếp)", "own", 1, 2, 1, null, null],
      ["Huyện", "rolled", 1, 5, 2, 120_000, 180_000],
      ["Huyện (trực tiếp)", "own", 2, 1, 1, 60_000, 60_000],
      ["Xã", "leaf", 2, 4, 2, 150_000, 180_000],
      ["Thành phố", "leaf", 1, 0, 0, null, null],
    ]);
    expect(rows[0]?.figures.mostRead?.articleId).toBe(9);
    expect(rows[0]?.previous.published).toBe(0);
  });

  it("keeps the more read article when merging, the later one on a tie", () => {
    const merged = mergeFigures([own(1, [], [], { articleId: 3, views: 40 }), own(1, [], [], { articleId: 5, views: 40 }), own(1, [], [], { articleId: 4, views: 39 })]);
    expect(merged.mostRead?.articleId).toBe(5);
    expect(reportFigures(undefined).published).toBe(0);
  });
});

describe("months", () => {
  it("lists the months a period touches, across a new year", () => {
    const period = daysPeriod({ year: 2025, month: 11, day: 20 }, { year: 2026, month: 2, day: 3 });
    if (!period.ok) throw new Error(period.problem);
    expect(monthsOf(period.period)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsOf(quarterPeriod(2026, 2))).toEqual(["2026-04", "2026-05", "2026-06"]);
  });
});
