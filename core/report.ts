// The year-end emulation report (issue 18): what each unit published in a period, as the page,
// the charts, the spreadsheet and the print layout all read it. Plain data, no framework.
import type { ReportPeriod } from "./report-period";
import { formatNumber } from "./vi-number";

/** The figures that add up when a unit's row is rolled up into its parent's. */
export const summedFigureKeys = ["published", "submitted", "returned", "unpublished", "photos", "views", "documents", "albums"] as const;
export type SummedFigureKey = (typeof summedFigureKeys)[number];

/** What the report reads of the most-read article of a unit in the period. */
export type MostRead = { articleId: number; title: string; slug: string; views: number };

/**
 * One row's figures. `contributors` counts distinct accounts (not summed: one person writing for
 * two sub-units counts once in their parent's row); the review times are in milliseconds from
 * "Gửi duyệt" to publication, null when nothing in the row went through review.
 */
export type ReportFigures = Record<SummedFigureKey, number> & {
  contributors: number;
  reviewMedianMs: number | null;
  reviewLongestMs: number | null;
  mostRead: MostRead | null;
};

/** What the report compares with the previous period: the only figures counted for it. */
export type ComparedFigures = Pick<ReportFigures, "published" | "photos" | "views">;

/**
 * A row of the table: a unit with everything under it ("rolled": a unit with sub-units, its
 * figures include theirs), the unit's own articles alone ("own", shown under a rolled row), or a
 * unit without sub-units ("leaf"). `depth` is 0 for the top of the report's scope.
 */
export type ReportRow = {
  unitId: number;
  name: string;
  depth: number;
  kind: "rolled" | "own" | "leaf";
  figures: ReportFigures;
  /** The compared figures in the period of the same length just before. */
  previous: ComparedFigures;
};

/** One bar group of the stacked chart: a month ("2026-04") and the articles each unit published in it. */
export type MonthlyPublished = { month: string; label: string; byUnit: { unitId: number; count: number }[] };

/** The chart series: the units stacked (the top level of the scope's children), months in order. */
export type ReportCharts = {
  /** The units of the stacked bars and the ranking, in the table's order, with their colours' order. */
  units: { unitId: number; name: string }[];
  monthlyPublished: MonthlyPublished[];
  /** Views per month ("2026-04"), all units of the scope together. */
  monthlyViews: { month: string; label: string; views: number }[];
  /** Units by articles published in the period, most first. */
  ranking: { unitId: number; name: string; published: number }[];
};

export type UnitReport = {
  unionName: string;
  period: ReportPeriod;
  periodLabel: string;
  previousPeriod: ReportPeriod;
  previousPeriodLabel: string;
  /** Whose figures: "Toàn tỉnh", a unit's name, or a person's name on "Của tôi". */
  scopeName: string;
  rows: ReportRow[];
  /** The whole scope (the top row's rolled figures, or the person's own on "Của tôi"). */
  totals: ReportFigures;
  previousTotals: ComparedFigures;
  charts: ReportCharts;
};

/** A line of the spreadsheet's second sheet: every article the report counted as published. */
export type ReportArticle = {
  id: number;
  title: string;
  unitName: string;
  author: string;
  submittedAt: Date | null;
  publishedAt: Date;
  views: number;
  /** The public address, absolute when the site's address is known. */
  url: string;
};

export const EMPTY_FIGURES: ReportFigures = {
  published: 0,
  submitted: 0,
  returned: 0,
  unpublished: 0,
  photos: 0,
  views: 0,
  documents: 0,
  albums: 0,
  contributors: 0,
  reviewMedianMs: null,
  reviewLongestMs: null,
  mostRead: null,
};

/** The column headings, in Vietnamese, shared by the page, the spreadsheet and the print layout. */
export const figureLabels: Record<SummedFigureKey | "contributors" | "reviewMedianMs" | "reviewLongestMs" | "mostRead", string> = {
  published: "Bài đã đăng",
  submitted: "Bài gửi duyệt",
  returned: "Bài trả lại",
  unpublished: "Bài bị gỡ",
  photos: "Ảnh đã đăng",
  contributors: "Người viết",
  reviewMedianMs: "Thời gian duyệt (trung vị)",
  reviewLongestMs: "Thời gian duyệt (lâu nhất)",
  views: "Lượt xem",
  mostRead: "Bài xem nhiều nhất",
  documents: "Văn bản đã đăng",
  albums: "Album ảnh đã đăng",
};

/** "▲ 12", "▼ 3" or "=": the change of a figure against the previous period. */
export function changeMark(current: number, previous: number): { mark: "▲" | "▼" | "="; difference: number; text: string } {
  const difference = current - previous;
  if (difference > 0) return { mark: "▲", difference, text: `▲ ${formatNumber(difference)}` };
  if (difference < 0) return { mark: "▼", difference, text: `▼ ${formatNumber(-difference)}` };
  return { mark: "=", difference: 0, text: "=" };
}

/** A review time in words: "45 phút", "3 giờ 20 phút", "2 ngày 4 giờ"; "—" when there is none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} giờ` : `${hours} giờ ${minutes % 60} phút`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} ngày` : `${days} ngày ${hours % 24} giờ`;
}

/** "Tháng 4/2026" for a month key "2026-04"; the charts' and the sheet's label. */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-");
  return `Tháng ${Number(number)}/${year}`;
}

/** "T4/2026": the short label under a bar, where a phone has little room. */
export function shortMonthLabel(month: string): string {
  const [year, number] = month.split("-");
  return `T${Number(number)}/${year}`;
}
