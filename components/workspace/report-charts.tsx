import type { ReactNode } from "react";
import type { ReportCharts as ReportChartsData } from "@/core/report";
import { Table, type TableColumn } from "@/components/ui/table";
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

/**
 * Months down, units across, each month's total last, and the period's totals as the last row. On
 * a phone each month is a box of labelled counts (components/ui/table.tsx): five units and a total
 * do not fit 390 px side by side.
 */
function PublishedTable({ charts }: { charts: ReportChartsData }) {
  const counts = publishedCounts(charts);
  const monthTotal = (m: number) => counts.reduce((sum, row) => sum + (row[m] ?? 0), 0);
  const unitTotals = counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  type Line = { key: string; label: string; cells: number[]; total: number; strong: boolean };
  const lines: Line[] = [
    ...charts.monthlyPublished.map((month, m) => ({ key: month.month, label: month.label, cells: counts.map((row) => row[m] ?? 0), total: monthTotal(m), strong: false })),
    { key: "ca-ky", label: "Cả kỳ", cells: unitTotals, total: unitTotals.reduce((sum, total) => sum + total, 0), strong: true },
  ];
  const columns: TableColumn<Line>[] = [
    { header: "Tháng", cell: (line) => <span className={line.strong ? "font-semibold" : ""}>{line.label}</span> },
    ...charts.units.map((unit, u) => ({ header: unit.name, className: "tabular-nums sm:text-right", cell: (line: Line) => formatNumber(line.cells[u] ?? 0) })),
    { header: "Tổng", className: "tabular-nums font-semibold sm:text-right", cell: (line) => formatNumber(line.total) },
  ];
  return <Table caption="Số bài đã đăng của từng đơn vị theo tháng" columns={columns} rows={lines} rowKey={(line) => line.key} />;
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

type Column = { header: string; numeric?: boolean };

type DataTableProps = {
  caption: string;
  columns: Column[];
  rows: { key: string | number; cells: string[] }[];
  /** The column that names each row (a month, a unit): its cells are row headers. */
  rowHeader?: number;
};

/**
 * A plain table of figures, scrolling sideways inside its own box when the units do not fit a
 * phone (components/ui/table.tsx turns rows into boxes instead, which loses the month-by-unit grid
 * and has no row headers). Focusable, so the box can be scrolled from the keyboard.
 */
function DataTable({ caption, columns, rows, rowHeader = 0 }: DataTableProps) {
  const align = (i: number) => (columns[i]?.numeric ? "text-right tabular-nums" : "text-left");
  const cell = (text: string, i: number) =>
    i === rowHeader ? (
      <th key={i} scope="row" className={`px-3 py-2 font-normal ${align(i)}`}>{text}</th>
    ) : (
      <td key={i} className={`whitespace-nowrap px-3 py-2 ${align(i)}`}>{text}</td>
    );
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded border border-neutral-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-neutral-100 text-xs text-neutral-700">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`px-3 py-2 align-bottom font-semibold ${align(i)}`}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-200">
          {rows.map((row) => <tr key={row.key}>{row.cells.map((text, i) => cell(text, i))}</tr>)}
        </tbody>
      </table>
    </div>
  );
}
