import type { CSSProperties } from "react";
import { Table, type TableColumn } from "@/components/ui/table";
import { changeMark, type ComparedFigures, figureLabels, formatDuration, type ReportFigures, type ReportRow } from "@/core/report";
import { formatNumber } from "@/core/vi-number";

type Line = { key: string; name: string; depth: number; strong: boolean; figures: ReportFigures; previous: ComparedFigures };

/** A count and, under it, its change against the previous period: "▲ 3" or "▼ 2". */
function WithChange({ current, previous, previousLabel }: { current: number; previous: number; previousLabel: string }) {
  const change = changeMark(current, previous);
  const tone = change.mark === "▲" ? "text-green-800" : change.mark === "▼" ? "text-accent-700" : "text-neutral-700";
  return (
    <>
      <span className="font-semibold">{formatNumber(current)}</span>{" "}
      <span className={`whitespace-nowrap text-xs ${tone}`} title={`So với ${previousLabel}: ${formatNumber(previous)}`}>
        {change.text}
        <span className="sr-only"> so với {previousLabel}</span>
      </span>
    </>
  );
}

const count = (key: "submitted" | "returned" | "unpublished" | "photos" | "contributors" | "documents" | "albums"): TableColumn<Line> => ({
  header: figureLabels[key],
  className: "text-right tabular-nums",
  cell: (line) => formatNumber(line.figures[key]),
});

/**
 * The report's table: each unit with everything under it, then its own articles, then its
 * sub-units, indented; the whole scope's totals last. On a phone each unit is a box of labelled
 * figures (components/ui/table.tsx), so nothing scrolls sideways: the box opens with the unit's name
 * as its heading, not indented (an indent inside one box reads as a misaligned line), and every
 * figure, the review times too, sits on the right.
 */
export function ReportSummaryTable({ rows, totals, previousTotals, previousLabel, caption }: { rows: ReportRow[]; totals: ReportFigures; previousTotals: ComparedFigures; previousLabel: string; caption: string }) {
  const lines: Line[] = [
    ...rows.map((row) => ({ key: `${row.kind}-${row.unitId}`, name: row.name, depth: row.depth, strong: row.kind === "rolled", figures: row.figures, previous: row.previous })),
    { key: "total", name: "Tổng cộng", depth: 0, strong: true, figures: totals, previous: previousTotals },
  ];
  const columns: TableColumn<Line>[] = [
    {
      header: "Đơn vị",
      phoneLabel: "none",
      className: "min-w-48",
      cell: (line) => (
        <span className={`block sm:ps-(--depth) ${line.strong ? "font-bold" : "max-sm:font-semibold"}`} style={{ "--depth": `${line.depth * 1.25}rem` } as CSSProperties}>
          {line.name}
        </span>
      ),
    },
    { header: figureLabels.published, className: "text-right tabular-nums", cell: (line) => <WithChange current={line.figures.published} previous={line.previous.published} previousLabel={previousLabel} /> },
    count("submitted"),
    count("returned"),
    count("unpublished"),
    count("photos"),
    count("contributors"),
    { header: "Thời gian duyệt (trung vị / lâu nhất)", className: "whitespace-nowrap text-right", cell: (line) => `${formatDuration(line.figures.reviewMedianMs)} / ${formatDuration(line.figures.reviewLongestMs)}` },
    { header: figureLabels.views, className: "text-right tabular-nums", cell: (line) => <WithChange current={line.figures.views} previous={line.previous.views} previousLabel={previousLabel} /> },
    {
      header: figureLabels.mostRead,
      className: "min-w-56",
      cell: (line) =>
        line.figures.mostRead ? (
          <>
            <a href={`/tin-tuc/${line.figures.mostRead.slug}`} className="text-brand-700 underline">{line.figures.mostRead.title}</a>{" "}
            <span className="whitespace-nowrap text-xs text-neutral-700">({formatNumber(line.figures.mostRead.views)} lượt)</span>
          </>
        ) : (
          "—"
        ),
    },
    count("documents"),
    count("albums"),
  ];
  return <Table caption={caption} columns={columns} rows={lines} rowKey={(line) => line.key} />;
}
