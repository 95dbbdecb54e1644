import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_FIGURES, type ReportArticle, type ReportFigures, type ReportRow, type UnitReport } from "@/core/report";
import { daysPeriod, periodLabel, previousPeriod, quarterPeriod, type ReportPeriod } from "@/core/report-period";
import { ARTICLES_SHEET_NAME, reportFileName, SUMMARY_SHEET_NAME, writeReportWorkbook } from "./report-workbook";

const HOUR = 3_600_000;
// ExcelJS reads a cell with a time format back as a Date from Excel's epoch; Excel itself holds the days.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const excelDuration = (ms: number): Date => new Date(EXCEL_EPOCH + ms);
const figures = (partial: Partial<ReportFigures>): ReportFigures => ({ ...EMPTY_FIGURES, ...partial });

function reportOf(period: ReportPeriod, rows: ReportRow[], totals: ReportFigures, previousTotals: ReportFigures): UnitReport {
  const previous = previousPeriod(period);
  return {
    unionName: "Liên đoàn Lao động tỉnh Quảng Trị",
    period,
    periodLabel: periodLabel(period),
    previousPeriod: previous,
    previousPeriodLabel: periodLabel(previous),
    scopeName: "Toàn tỉnh",
    rows,
    totals,
    previousTotals,
    charts: { units: [], monthlyPublished: [], monthlyViews: [], ranking: [] },
  };
}

const root = figures({
  published: 12, submitted: 15, returned: 2, unpublished: 1, photos: 30, views: 4567, documents: 3, albums: 2, contributors: 6,
  reviewMedianMs: 3 * HOUR + 20 * 60_000, reviewLongestMs: 52 * HOUR,
  mostRead: { articleId: 7, title: "Đại hội Công đoàn tỉnh lần thứ XIII", slug: "dai-hoi", views: 1234 },
});
const rootBefore = figures({ published: 10, views: 5000 });
const rows: ReportRow[] = [
  { unitId: 1, name: "Liên đoàn Lao động tỉnh", depth: 0, kind: "rolled", figures: root, previous: rootBefore },
  { unitId: 1, name: "Liên đoàn Lao động tỉnh (trực tiếp)", depth: 1, kind: "own", figures: figures({ published: 5, views: 3000, contributors: 2 }), previous: figures({ published: 5 }) },
  { unitId: 2, name: "Công đoàn Ngành Giáo dục", depth: 1, kind: "leaf", figures: figures({ published: 4, views: 1000, contributors: 3, reviewMedianMs: HOUR }), previous: figures({ published: 2 }) },
  { unitId: 3, name: "Công đoàn Ngành Y tế", depth: 1, kind: "leaf", figures: figures({ published: 3, views: 567, contributors: 1 }), previous: figures({ published: 3 }) },
];
const quarter = quarterPeriod(2026, 2);
const report = reportOf(quarter, rows, root, rootBefore);

const article = (id: number, partial: Partial<ReportArticle> = {}): ReportArticle => ({
  id,
  title: `Bài số ${id}`,
  unitName: "Công đoàn Ngành Giáo dục",
  author: "Nguyễn Thị Lan",
  submittedAt: new Date("2026-04-10T02:00:00Z"),
  publishedAt: new Date("2026-04-10T03:15:00Z"),
  views: id * 10,
  url: `https://congdoan.example.vn/tin-tuc/bai-so-${id}`,
  ...partial,
});

let directory: string;
beforeEach(async () => {
  directory = await fsp.mkdtemp(path.join(os.tmpdir(), "report-workbook-"));
});
afterEach(async () => {
  await fsp.rm(directory, { recursive: true, force: true });
});

async function writeAndRead(written: UnitReport, articles: AsyncIterable<ReportArticle> | Iterable<ReportArticle>): Promise<ExcelJS.Workbook> {
  const file = path.join(directory, reportFileName(written));
  await writeReportWorkbook(written, articles, fs.createWriteStream(file));
  return new ExcelJS.Workbook().xlsx.readFile(file);
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

const rowValues = (worksheet: ExcelJS.Worksheet, number: number): ExcelJS.CellValue[] => {
  const values = worksheet.getRow(number).values;
  return Array.isArray(values) ? values.slice(1) : [];
};

const SUMMARY_HEADERS = [
  "Đơn vị", "Bài đã đăng", "Tăng/giảm so với kỳ trước", "Bài gửi duyệt", "Bài trả lại", "Bài bị gỡ", "Ảnh đã đăng", "Người viết",
  "Thời gian duyệt (trung vị)", "Thời gian duyệt (lâu nhất)", "Lượt xem", "Tăng/giảm so với kỳ trước", "Bài xem nhiều nhất",
  "Văn bản đã đăng", "Album ảnh đã đăng",
];
const ARTICLE_HEADERS = ["STT", "Tiêu đề", "Đơn vị", "Người viết", "Gửi duyệt", "Đăng lúc", "Lượt xem trong kỳ", "Địa chỉ"];

describe("writeReportWorkbook", () => {
  it("writes the summary per unit with its titles, Vietnamese headers, numbers as numbers and the totals", async () => {
    const workbook = await writeAndRead(report, [article(1)]);
    expect(workbook.worksheets.map((each) => each.name)).toEqual([SUMMARY_SHEET_NAME, ARTICLES_SHEET_NAME]);
    const summary = sheet(workbook, SUMMARY_SHEET_NAME);

    expect(summary.getCell("A1").value).toBe("LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ");
    expect(summary.getCell("A1").font?.bold).toBe(true);
    expect(summary.getCell("A2").value).toBe("BÁO CÁO CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN");
    expect(summary.getCell("A3").value).toBe("Kỳ báo cáo: Quý II/2026");
    expect(summary.getCell("A4").value).toBe("Phạm vi: Toàn tỉnh");
    expect(summary.getCell("A5").value).toBe("So sánh với: Quý I/2026");
    expect(rowValues(summary, 7)).toEqual(SUMMARY_HEADERS);
    expect(summary.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 7 });

    // published, change, submitted, returned, unpublished, photos, contributors, median, longest, views, change, most read, documents, albums
    expect(rowValues(summary, 8)).toEqual([
      "Liên đoàn Lao động tỉnh", 12, 2, 15, 2, 1, 30, 6, excelDuration(3 * HOUR + 20 * 60_000), excelDuration(52 * HOUR), 4567, -433, "Đại hội Công đoàn tỉnh lần thứ XIII (1.234 lượt xem)", 3, 2,
    ]);
    expect(summary.getCell("A8").font?.bold).toBe(true);
    expect(summary.getCell("I8").numFmt).toBe('[h] "giờ" mm "phút"');
    expect(summary.getCell("B8").numFmt).toBe("#,##0");
    expect(summary.getCell("C8").numFmt).toBe('"▲ "#,##0;"▼ "#,##0;"="');
    expect(rowValues(summary, 9).slice(0, 3)).toEqual(["Liên đoàn Lao động tỉnh (trực tiếp)", 5, 0]);
    expect(summary.getCell("A9").alignment?.indent).toBe(1);
    expect(summary.getCell("A9").font?.bold).toBeFalsy();
    expect(rowValues(summary, 10).slice(0, 11)).toEqual(["Công đoàn Ngành Giáo dục", 4, 2, 0, 0, 0, 0, 3, excelDuration(HOUR), undefined, 1000]);
    expect(rowValues(summary, 11).slice(0, 3)).toEqual(["Công đoàn Ngành Y tế", 3, 0]);

    expect(rowValues(summary, 12).slice(0, 3)).toEqual(["Tổng cộng", 12, 2]);
    expect(summary.getCell("K12").value).toBe(4567);
    expect(summary.getCell("A12").font?.bold).toBe(true);
    expect(summary.getCell("A12").border?.top?.style).toBe("medium");
    expect(summary.rowCount).toBe(12);
    expect(summary.getColumn(1).width).toBe(45);
  });

  it("lists every article with its dates in Vietnam time and its address as a link", async () => {
    const articles = [
      article(1, { publishedAt: new Date("2026-03-31T17:30:00Z"), submittedAt: new Date("2026-03-31T09:05:00Z") }),
      article(2, { submittedAt: null, unitName: "Công đoàn Ngành Y tế", author: "Trần Văn Minh" }),
      article(3, { title: "Người lao động đón Tết", views: 12345 }),
    ];
    const list = sheet(await writeAndRead(report, articles), ARTICLES_SHEET_NAME);

    expect(list.getCell("A1").value).toBe("LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ");
    expect(list.getCell("A3").value).toBe("Kỳ báo cáo: Quý II/2026");
    expect(rowValues(list, 6)).toEqual(ARTICLE_HEADERS);
    expect(list.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    expect(list.autoFilter).toBe("A6:H9");

    const [number, title, unit, author, submitted, published, views, address] = rowValues(list, 7);
    expect([number, title, unit, author, views]).toEqual([1, "Bài số 1", "Công đoàn Ngành Giáo dục", "Nguyễn Thị Lan", 10]);
    // 17:30 UTC on 31 March is 00:30 on 1 April in Vietnam; the cell holds that wall-clock time.
    expect(published).toEqual(new Date("2026-04-01T00:30:00Z"));
    expect(submitted).toEqual(new Date("2026-03-31T16:05:00Z"));
    expect(list.getCell("F7").numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(address).toEqual({ text: "https://congdoan.example.vn/tin-tuc/bai-so-1", hyperlink: "https://congdoan.example.vn/tin-tuc/bai-so-1" });

    expect(rowValues(list, 8).slice(0, 5)).toEqual([2, "Bài số 2", "Công đoàn Ngành Y tế", "Trần Văn Minh", undefined]);
    expect(list.getCell("E8").value).toBeNull();
    expect(rowValues(list, 9).slice(1, 2)).toEqual(["Người lao động đón Tết"]);
    expect(list.getCell("G9").value).toBe(12345);
    expect(list.rowCount).toBe(9);
  });

  it("writes the headers, no data rows and a totals row of zeros for a period with nothing published", async () => {
    const empty = reportOf(quarter, [], EMPTY_FIGURES, EMPTY_FIGURES);
    const workbook = await writeAndRead(empty, []);
    const summary = sheet(workbook, SUMMARY_SHEET_NAME);
    const list = sheet(workbook, ARTICLES_SHEET_NAME);

    expect(rowValues(summary, 7)).toEqual(SUMMARY_HEADERS);
    expect(rowValues(summary, 8).slice(0, 3)).toEqual(["Tổng cộng", 0, 0]);
    expect(summary.getCell("K8").value).toBe(0);
    expect(summary.rowCount).toBe(8);
    expect(rowValues(list, 6)).toEqual(ARTICLE_HEADERS);
    expect(list.rowCount).toBe(6);
  });

  it("streams a year of 20,000 articles read from an async source", async () => {
    async function* year(): AsyncGenerator<ReportArticle> {
      for (let id = 1; id <= 20_000; id++) {
        yield article(id, { publishedAt: new Date(Date.UTC(2026, 0, 1) + id * 1_500_000) });
      }
    }
    const started = performance.now();
    const file = path.join(directory, "nam.xlsx");
    await writeReportWorkbook(report, year(), fs.createWriteStream(file));
    console.log(`20,000 articles written in ${Math.round(performance.now() - started)} ms`);

    const list = sheet(await new ExcelJS.Workbook().xlsx.readFile(file), ARTICLES_SHEET_NAME);
    expect(list.rowCount - 6).toBe(20_000);
    expect(list.getCell("A20006").value).toBe(20_000);
    expect(list.getCell("B20006").value).toBe("Bài số 20000");
  }, 60_000);
});

describe("reportFileName", () => {
  it("names the file after the period in ASCII", () => {
    expect(reportFileName(report)).toBe("bao-cao-thong-ke-quy-ii-2026.xlsx");
    const days = daysPeriod({ year: 2026, month: 4, day: 1 }, { year: 2026, month: 5, day: 15 });
    if (!days.ok) throw new Error(days.problem);
    expect(reportFileName(reportOf(days.period, [], EMPTY_FIGURES, EMPTY_FIGURES))).toBe("bao-cao-thong-ke-tu-01-04-2026-den-15-05-2026.xlsx");
  });
});
