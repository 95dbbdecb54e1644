import type { ReactNode } from "react";
import type { ReportCharts as ReportChartsData } from "@/core/report";
import { formatNumber } from "@/core/vi-number";
import { publishedByUnitChart, publishedCounts, rankingPlaces, unitRankingChart, viewsByMonthChart } from "@/server/report-charts";

/**
 * The year-end report's three charts (issue 18), drawn on the server as SVG: nothing here runs in
 * the browser. Each carries its numbers as a table under "Xem dạng bảng", the picture's equivalent
 * for screen readers and for whoever wants the exact figures.
 */
export function ReportCharts({ charts }: { charts: ReportChartsData }) {
  return (
    <div className="space-y-4">
      <ChartFigure title="Số bài đã đăng theo tháng" svg={publishedByUnitChart(charts)}>
        <PublishedTable charts={charts} />
      </ChartFigure>
      <ChartFigure title="Lượt xem theo tháng" svg={viewsByMonthChart(charts)}>
        <DataTable
          caption="Lượt xem theo tháng"
          columns={[{ header: "Tháng" }, { header: "Lượt xem", numeric: true }]}
          rows={charts.monthlyViews.map((month) => ({ key: month.month, cells: [month.label, formatNumber(month.views)] }))}
        />
      </ChartFigure>
      <ChartFigure title="Xếp hạng đơn vị theo số bài đã đăng" svg={unitRankingChart(charts)}>
        <RankingTable ranking={charts.ranking} />
      </ChartFigure>
    </div>
  );
}

/** One chart, or a sentence when the period has nothing to draw, and its table folded below it. */
function ChartFigure({ title, svg, children }: { title: string; svg: string | null; children: ReactNode }) {
  return (
    <figure className="min-w-0 rounded border border-neutral-200 bg-white p-4">
      <figcaption className="mb-3 font-semibold text-neutral-900">{title}</figcaption>
      {svg === null ? (
        <p className="text-sm text-neutral-700">Không có số liệu trong kỳ này.</p>
      ) : (
        <>
          {/* Drawn by ECharts from escaped text (server/report-charts.ts); the root svg is width 100% with a viewBox. */}
          <div className="max-w-lg [&>svg]:block [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: svg }} />
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">Xem dạng bảng</summary>
            <div className="mt-2">{children}</div>
          </details>
        </>
      )}
    </figure>
  );
}

/** Months down, units across, each month's total last, and the period's totals at the foot. */
function PublishedTable({ charts }: { charts: ReportChartsData }) {
  const counts = publishedCounts(charts);
  const monthTotal = (m: number) => counts.reduce((sum, row) => sum + (row[m] ?? 0), 0);
  const unitTotals = counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  return (
    <DataTable
      caption="Số bài đã đăng của từng đơn vị theo tháng"
      columns={[{ header: "Tháng" }, ...charts.units.map((unit) => ({ header: unit.name, numeric: true, wide: true })), { header: "Tổng", numeric: true }]}
      rows={charts.monthlyPublished.map((month, m) => ({
        key: month.month,
        cells: [month.label, ...counts.map((row) => formatNumber(row[m] ?? 0)), formatNumber(monthTotal(m))],
      }))}
      foot={["Cả kỳ", ...unitTotals.map((total) => formatNumber(total)), formatNumber(unitTotals.reduce((sum, total) => sum + total, 0))]}
    />
  );
}

function RankingTable({ ranking }: { ranking: ReportChartsData["ranking"] }) {
  const places = rankingPlaces(ranking);
  return (
    <DataTable
      caption="Xếp hạng đơn vị theo số bài đã đăng"
      columns={[{ header: "Hạng", numeric: true }, { header: "Đơn vị" }, { header: "Bài đã đăng", numeric: true }]}
      rowHeader={1}
      rows={ranking.map((unit, i) => ({ key: unit.unitId, cells: [String(places[i]), unit.name, formatNumber(unit.published)] }))}
    />
  );
}

/** `wide`: a unit's name as a header, given room so that it wraps onto a few lines, not one word a line. */
type Column = { header: string; numeric?: boolean; wide?: boolean };

type DataTableProps = {
  caption: string;
  columns: Column[];
  rows: { key: string | number; cells: string[] }[];
  /** The column that names each row (a month, a unit): its cells are row headers. */
  rowHeader?: number;
  /** A last row of totals, its first cell naming it. */
  foot?: string[];
};

/**
 * A plain table of figures, scrolling sideways inside its own box when the units do not fit a
 * phone (components/ui/table.tsx turns rows into boxes instead, which loses the month-by-unit grid
 * and has no row headers). Focusable, so the box can be scrolled from the keyboard.
 */
function DataTable({ caption, columns, rows, rowHeader = 0, foot }: DataTableProps) {
  const align = (i: number) => (columns[i]?.numeric ? "text-right tabular-nums" : "text-left");
  const cell = (text: string, i: number, extra = "") =>
    i === rowHeader ? (
      <th key={i} scope="row" className={`px-3 py-2 ${align(i)} ${extra || "font-normal"}`}>{text}</th>
    ) : (
      <td key={i} className={`whitespace-nowrap px-3 py-2 ${align(i)} ${extra}`}>{text}</td>
    );
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded border border-neutral-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-neutral-100 text-xs text-neutral-700">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`px-3 py-2 align-bottom font-semibold ${align(i)} ${column.wide ? "min-w-32" : ""}`}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-200">
          {rows.map((row) => <tr key={row.key}>{row.cells.map((text, i) => cell(text, i))}</tr>)}
        </tbody>
        {foot && (
          <tfoot className="border-t-2 border-neutral-300">
            <tr>{foot.map((text, i) => cell(text, i, "font-semibold"))}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
