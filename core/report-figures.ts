// From each unit's own counts to the report's rows, totals and chart series (issue 18): rolling a
// unit's figures up into its parent's, the review times' median, the months of a period.
import { median } from "./median";
import { EMPTY_FIGURES, monthLabel, type MonthlyPublished, type MostRead, type ReportCharts, type ReportFigures, type ReportRow, summedFigureKeys, type SummedFigureKey } from "./report";
import type { ReportPeriod } from "./report-period";
import { subtreeIds } from "./unit-tree";

/** A unit's own counts, before rolling up: the people and the review times kept whole, to count them once. */
export type OwnFigures = Record<SummedFigureKey, number> & { contributorIds: Set<number>; reviewTimes: number[]; mostRead: MostRead | null };

export type ReportUnit = { id: number; parentId: number | null; name: string; depth: number };

const moreRead = (a: MostRead | null, b: MostRead | null): MostRead | null => (!a ? b : !b ? a : b.views > a.views || (b.views === a.views && b.articleId > a.articleId) ? b : a);

/** Nothing counted yet. */
export function emptyOwnFigures(): OwnFigures {
  const sums = Object.fromEntries(summedFigureKeys.map((key) => [key, 0])) as Record<SummedFigureKey, number>;
  return { ...sums, contributorIds: new Set(), reviewTimes: [], mostRead: null };
}

/** Several units' own counts as one: sums added, people and review times put together. */
export function mergeFigures(list: readonly (OwnFigures | undefined)[]): OwnFigures {
  const merged = emptyOwnFigures();
  for (const figures of list) {
    if (!figures) continue;
    for (const key of summedFigureKeys) merged[key] += figures[key];
    for (const id of figures.contributorIds) merged.contributorIds.add(id);
    merged.reviewTimes.push(...figures.reviewTimes);
    merged.mostRead = moreRead(merged.mostRead, figures.mostRead);
  }
  return merged;
}

/** What a row shows of counts: distinct people, the median and the longest review time. */
export function reportFigures(figures: OwnFigures | undefined): ReportFigures {
  if (!figures) return EMPTY_FIGURES;
  const sums = Object.fromEntries(summedFigureKeys.map((key) => [key, figures[key]])) as Record<SummedFigureKey, number>;
  return {
    ...sums,
    contributors: figures.contributorIds.size,
    reviewMedianMs: median(figures.reviewTimes),
    reviewLongestMs: figures.reviewTimes.length > 0 ? Math.max(...figures.reviewTimes) : null,
    mostRead: figures.mostRead,
  };
}

/** The ids under a unit, it included, among the report's units. */
function subtreeOf(units: readonly ReportUnit[], id: number): number[] {
  return [...subtreeIds(units, id)];
}

/**
 * The table's rows, in the units' tree order: a unit with sub-units gives a rolled row (it and
 * everything under it) and then its own row ("… (trực tiếp)"); a unit without gives one row.
 */
export function reportRows(units: readonly ReportUnit[], own: ReadonlyMap<number, OwnFigures>, previous: ReadonlyMap<number, OwnFigures>): ReportRow[] {
  const rows: ReportRow[] = [];
  const hasChildren = new Set(units.map((unit) => unit.parentId).filter((id): id is number => id !== null));
  for (const unit of units) {
    if (hasChildren.has(unit.id)) {
      const ids = subtreeOf(units, unit.id);
      rows.push({ unitId: unit.id, name: unit.name, depth: unit.depth, kind: "rolled", figures: reportFigures(mergeFigures(ids.map((id) => own.get(id)))), previous: reportFigures(mergeFigures(ids.map((id) => previous.get(id)))) });
      rows.push({ unitId: unit.id, name: `${unit.name} (trực tiếp)`, depth: unit.depth + 1, kind: "own", figures: reportFigures(own.get(unit.id)), previous: reportFigures(previous.get(unit.id)) });
    } else {
      rows.push({ unitId: unit.id, name: unit.name, depth: unit.depth, kind: "leaf", figures: reportFigures(own.get(unit.id)), previous: reportFigures(previous.get(unit.id)) });
    }
  }
  return rows;
}

/** The months a period touches, as "2026-04", in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  for (let year = period.first.year, month = period.first.month; year < period.last.year || (year === period.last.year && month <= period.last.month); month === 12 ? ((month = 1), year++) : month++) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
  }
  return months;
}

/**
 * The charts' series. The stacked bars and the ranking show the scope's top unit's own articles
 * and each unit directly under it (with everything under that): a province's districts, a
 * district's grassroots unions. `topId` null (a person's own numbers) gives one series.
 */
export function reportCharts(
  units: readonly ReportUnit[],
  topId: number | null,
  published: readonly { unitId: number; month: string; articles: number }[],
  viewsByMonth: ReadonlyMap<string, number>,
  period: ReportPeriod,
  ownName: string,
): ReportCharts {
  const top = units.find((unit) => unit.id === topId);
  const children = top ? units.filter((unit) => unit.parentId === top.id) : [];
  const series = [
    { unitId: top?.id ?? 0, name: children.length > 0 && top ? `${top.name} (trực tiếp)` : (top?.name ?? ownName), ids: top && children.length > 0 ? [top.id] : null },
    ...children.map((child) => ({ unitId: child.id, name: child.name, ids: subtreeOf(units, child.id) })),
  ];
  const seriesOf = new Map<number, number>();
  for (const s of series) for (const id of s.ids ?? []) seriesOf.set(id, s.unitId);
  const months = monthsOf(period);
  const counts = new Map(months.map((month) => [month, new Map(series.map((s) => [s.unitId, 0]))]));
  for (const group of published) {
    const bucket = counts.get(group.month);
    const unitId = series[0]?.ids === null ? series[0].unitId : seriesOf.get(group.unitId);
    if (bucket && unitId !== undefined) bucket.set(unitId, (bucket.get(unitId) ?? 0) + group.articles);
  }
  const monthlyPublished: MonthlyPublished[] = months.map((month) => ({
    month,
    label: monthLabel(month),
    byUnit: series.map((s) => ({ unitId: s.unitId, count: counts.get(month)?.get(s.unitId) ?? 0 })),
  }));
  const totals = series.map((s) => ({ unitId: s.unitId, name: s.name, published: monthlyPublished.reduce((sum, m) => sum + (m.byUnit.find((u) => u.unitId === s.unitId)?.count ?? 0), 0) }));
  return {
    units: series.map(({ unitId, name }) => ({ unitId, name })),
    monthlyPublished,
    monthlyViews: months.map((month) => ({ month, label: monthLabel(month), views: viewsByMonth.get(month) ?? 0 })),
    ranking: [...totals].sort((a, b) => b.published - a.published || a.name.localeCompare(b.name, "vi")),
  };
}
