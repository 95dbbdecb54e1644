// The spreadsheet of the year-end report (issue 18): the summary per unit, then every article
// counted, streamed row by row so a year of 20,000 articles never sits in memory at once.
// No "server-only": the unit tests write real workbooks with it.
import type { Stream } from "node:stream";
import ExcelJS from "exceljs";
import {
  changeMark,
  figureLabels,
  type ReportArticle,
  type ComparedFigures,
  type ReportFigures,
  type SummedFigureKey,
  type UnitReport,
} from "@/core/report";
import { slugify } from "@/core/slug";
import { toVietnamLocalDateTimeInput } from "@/core/vi-date";
import { formatNumber } from "@/core/vi-number";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const SUMMARY_SHEET_NAME = "Tổng hợp";
export const ARTICLES_SHEET_NAME = "Danh sách bài";

/** "Quý II/2026" → "bao-cao-thong-ke-quy-ii-2026.xlsx": ASCII, so every browser and mail client keeps it. */
export function reportFileName(report: UnitReport): string {
  return `bao-cao-thong-ke-${slugify(report.periodLabel)}.xlsx`;
}

type Worksheet = ExcelJS.Worksheet;
type CellValue = ExcelJS.CellValue;

const COUNT_FORMAT = "#,##0";
// Durations are days, as Excel counts time: a formula can still add or average them.
const DURATION_FORMAT = '[h] "giờ" mm "phút"';
const CHANGE_FORMAT = '"▲ "#,##0;"▼ "#,##0;"="';
// Excel has no time zones: the cell holds the Vietnam wall-clock time itself.
const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
const CHANGE_LABEL = "Tăng/giảm so với kỳ trước";

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF9CA3AF" } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerStyle: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } },
  border: allBorders,
};
const linkFont: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

type SummaryColumn = {
  header: string;
  width: number;
  numFmt?: string;
  value: (figures: ReportFigures, previous: ComparedFigures) => CellValue;
};

const count = (key: SummedFigureKey | "contributors"): SummaryColumn => ({
  header: figureLabels[key],
  width: 14,
  numFmt: COUNT_FORMAT,
  value: (figures) => figures[key],
});

const change = (key: "published" | "views"): SummaryColumn => ({
  header: CHANGE_LABEL,
  width: 14,
  numFmt: CHANGE_FORMAT,
  value: (figures, previous) => changeMark(figures[key], previous[key]).difference,
});

// Rounded to the minute as the page shows it; an empty cell when nothing went through review.
const duration = (key: "reviewMedianMs" | "reviewLongestMs"): SummaryColumn => ({
  header: figureLabels[key],
  width: 14,
  numFmt: DURATION_FORMAT,
  value: (figures) => {
    const ms = figures[key];
    return ms === null ? null : Math.round(ms / 60_000) / (24 * 60);
  },
});

const mostRead: SummaryColumn = {
  header: figureLabels.mostRead,
  width: 50,
  value: ({ mostRead: article }) => (article ? `${article.title} (${formatNumber(article.views)} lượt xem)` : null),
};

/** After the unit's name; each change column stands right after the figure it compares. */
const summaryColumns: SummaryColumn[] = [
  count("published"),
  change("published"),
  count("submitted"),
  count("returned"),
  count("unpublished"),
  count("photos"),
  count("contributors"),
  duration("reviewMedianMs"),
  duration("reviewLongestMs"),
  count("views"),
  change("views"),
  mostRead,
  count("documents"),
  count("albums"),
];

const articleColumns = [
  { header: "STT", width: 7 },
  { header: "Tiêu đề", width: 60 },
  { header: "Đơn vị", width: 30 },
  { header: "Người viết", width: 24 },
  { header: "Gửi duyệt", width: 17 },
  { header: "Đăng lúc", width: 17 },
  { header: "Lượt xem trong kỳ", width: 13 },
  { header: "Địa chỉ", width: 60 },
] as const;

/** 2026-03-31T17:30Z → a Date reading 2026-04-01 00:30 in UTC, which Excel shows as is. */
function vietnamWallClock(date: Date): Date {
  return new Date(`${toVietnamLocalDateTimeInput(date)}Z`);
}

// The union's name, the sheet's title, then the period and what else a reader needs to know.
const titleFonts: Partial<ExcelJS.Font>[] = [{ bold: true, size: 12 }, { bold: true, size: 14 }, { bold: true }];

/** The title lines, a blank row, then the headers: the header row's number, which the frozen view needs first. */
const headerRowAfter = (titles: string[]): number => titles.length + 2;

function writeTitleRows(sheet: Worksheet, titles: string[]): void {
  titles.forEach((title, index) => {
    const row = sheet.addRow([title]);
    row.getCell(1).font = titleFonts[index] ?? { italic: true };
    row.commit();
  });
  sheet.addRow([]).commit();
}

function writeHeaderRow(sheet: Worksheet, headers: readonly string[]): void {
  const row = sheet.addRow([...headers]);
  row.height = 48;
  row.eachCell((cell) => {
    cell.style = headerStyle;
  });
  row.commit();
}

/** A line of the summary: a unit's row of the report, or the totals. */
type SummaryLine = { name: string; figures: ReportFigures; previous: ComparedFigures; depth: number; bold: boolean; totals?: boolean };

function writeSummaryRow(sheet: Worksheet, line: SummaryLine): void {
  const row = sheet.addRow([line.name, ...summaryColumns.map((column) => column.value(line.figures, line.previous))]);
  const font = { bold: line.bold };
  const border = line.totals ? { ...allBorders, top: { style: "medium" as const } } : allBorders;
  row.getCell(1).style = { font, border, alignment: { indent: line.depth, vertical: "middle", wrapText: true } };
  summaryColumns.forEach((column, index) => {
    row.getCell(index + 2).style = { font, border, numFmt: column.numFmt, alignment: { vertical: "middle", wrapText: column === mostRead } };
  });
  row.commit();
}

function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: UnitReport): void {
  const titles = [
    report.unionName.toLocaleUpperCase("vi"),
    "BÁO CÁO CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN",
    `Kỳ báo cáo: ${report.periodLabel}`,
    `Phạm vi: ${report.scopeName}`,
    `So sánh với: ${report.previousPeriodLabel}`,
  ];
  const headerRow = headerRowAfter(titles);
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, {
    views: [{ state: "frozen", xSplit: 1, ySplit: headerRow }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 45 }, ...summaryColumns.map(({ width }) => ({ width }))];
  writeTitleRows(sheet, titles);
  writeHeaderRow(sheet, ["Đơn vị", ...summaryColumns.map(({ header }) => header)]);
  report.rows.forEach((row) => writeSummaryRow(sheet, { ...row, bold: row.kind === "rolled" }));
  writeSummaryRow(sheet, { name: "Tổng cộng", figures: report.totals, previous: report.previousTotals, depth: 0, bold: true, totals: true });
  sheet.commit();
}

function writeArticleRow(sheet: Worksheet, number: number, article: ReportArticle): void {
  const row = sheet.addRow([
    number,
    article.title,
    article.unitName,
    article.author,
    article.submittedAt ? vietnamWallClock(article.submittedAt) : null,
    vietnamWallClock(article.publishedAt),
    article.views,
    { text: article.url, hyperlink: article.url },
  ]);
  row.getCell(5).numFmt = DATE_TIME_FORMAT;
  row.getCell(6).numFmt = DATE_TIME_FORMAT;
  row.getCell(7).numFmt = COUNT_FORMAT;
  row.getCell(8).font = linkFont;
  row.commit();
}

async function writeArticlesSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  report: UnitReport,
  articles: AsyncIterable<ReportArticle> | Iterable<ReportArticle>,
): Promise<void> {
  const titles = [
    report.unionName.toLocaleUpperCase("vi"),
    "DANH SÁCH BÀI ĐÃ ĐĂNG",
    `Kỳ báo cáo: ${report.periodLabel}`,
    `Phạm vi: ${report.scopeName}`,
  ];
  const headerRow = headerRowAfter(titles);
  const sheet = workbook.addWorksheet(ARTICLES_SHEET_NAME, { views: [{ state: "frozen", xSplit: 0, ySplit: headerRow }] });
  sheet.columns = articleColumns.map(({ width }) => ({ width }));
  writeTitleRows(sheet, titles);
  writeHeaderRow(sheet, articleColumns.map(({ header }) => header));
  let written = 0;
  for await (const article of articles) {
    written += 1;
    writeArticleRow(sheet, written, article);
  }
  // Written when the sheet is committed, so it can span the rows now that their number is known.
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + written, column: articleColumns.length } };
  sheet.commit();
}

/**
 * Writes the report's workbook to `output` and resolves once it has all been written there.
 * `articles` is read once, in order, as it comes (a database cursor is fine). Should reading them
 * fail, the promise rejects and `output` is left open: its owner destroys it (a cut-off download).
 */
export async function writeReportWorkbook(
  report: UnitReport,
  articles: AsyncIterable<ReportArticle> | Iterable<ReportArticle>,
  output: NodeJS.WritableStream,
): Promise<void> {
  // ExcelJS types its option as a Stream, but only pipes its zip into it: any writable stream will do.
  const stream = output as unknown as Stream;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Bản tin";
  writeSummarySheet(workbook, report);
  await writeArticlesSheet(workbook, report, articles);
  await workbook.commit();
}
