// The URL state of /quan-tri/thong-ke and its spreadsheet (issue 18):
// ?ky=nam|nua-nam|quy|thang|khoang &nam=2026 &nua=1 &quy=2 &thang=4 &tu=01/04/2026 &den=15/05/2026
// &don-vi=<unit id> &xem=cua-toi. A missing field takes the current one in Vietnam; a wrong one
// is a Vietnamese problem (the page answers 400 with the form refilled), never a 500.
import { firstValue } from "./search-params";
import { daysPeriod, halfPeriod, monthPeriod, quarterPeriod, type ReportPeriod, yearPeriod } from "./report-period";
import { readTypedDate, vietnamCalendarDay } from "./vi-date";

export type ReportQueryValues = Record<"ky" | "nam" | "nua" | "quy" | "thang" | "tu" | "den" | "don-vi" | "xem", string>;

export type ReportQuery = { period: ReportPeriod; unitId: number | null; mine: boolean };

export const periodKindNames = { nam: "Năm", "nua-nam": "6 tháng", quy: "Quý", thang: "Tháng", khoang: "Từ ngày … đến ngày" } as const;
type PeriodKindName = keyof typeof periodKindNames;

const FIRST_YEAR = 2000;

export function reportQueryValues(params: Record<string, string | string[] | undefined>): ReportQueryValues {
  const keys = ["ky", "nam", "nua", "quy", "thang", "tu", "den", "don-vi", "xem"] as const;
  return Object.fromEntries(keys.map((key) => [key, firstValue(params[key]).slice(0, 20)])) as ReportQueryValues;
}

function whole(text: string, from: number, to: number): number | null {
  if (!/^\d{1,4}$/.test(text)) return null;
  const value = Number(text);
  return value >= from && value <= to ? value : null;
}

function periodOf(values: ReportQueryValues, now: Date): { ok: true; period: ReportPeriod } | { ok: false; problem: string } {
  const today = vietnamCalendarDay(now);
  const kind = (values.ky || "nam") as PeriodKindName;
  if (!Object.hasOwn(periodKindNames, kind)) return { ok: false, problem: "Kỳ báo cáo không hợp lệ: hãy chọn năm, 6 tháng, quý, tháng hoặc khoảng ngày." };
  if (kind === "khoang") {
    const first = readTypedDate(values.tu);
    if (!first.ok) return { ok: false, problem: `Ngày bắt đầu: ${first.problem}` };
    const last = readTypedDate(values.den);
    if (!last.ok) return { ok: false, problem: `Ngày kết thúc: ${last.problem}` };
    return daysPeriod(first.day, last.day);
  }
  const year = values.nam === "" ? today.year : whole(values.nam, FIRST_YEAR, today.year + 1);
  if (year === null) return { ok: false, problem: `Năm báo cáo phải từ ${FIRST_YEAR} đến ${today.year + 1}.` };
  if (kind === "nam") return { ok: true, period: yearPeriod(year) };
  if (kind === "nua-nam") {
    const half = values.nua === "" ? (today.month <= 6 ? 1 : 2) : whole(values.nua, 1, 2);
    return half === null ? { ok: false, problem: "Hãy chọn 6 tháng đầu năm hoặc 6 tháng cuối năm." } : { ok: true, period: halfPeriod(year, half) };
  }
  if (kind === "quy") {
    const quarter = values.quy === "" ? Math.floor((today.month - 1) / 3) + 1 : whole(values.quy, 1, 4);
    return quarter === null ? { ok: false, problem: "Quý phải từ I đến IV." } : { ok: true, period: quarterPeriod(year, quarter) };
  }
  const month = values.thang === "" ? today.month : whole(values.thang, 1, 12);
  return month === null ? { ok: false, problem: "Tháng phải từ 1 đến 12." } : { ok: true, period: monthPeriod(year, month) };
}

/**
 * A contributor's report is their own: an address that names no unit means "Của tôi" for them, on
 * the page and in the spreadsheet alike. A unit named stays named, and is refused by the scope.
 */
export function withOwnReportByDefault(values: ReportQueryValues, seesUnits: boolean): ReportQueryValues {
  return !seesUnits && values["don-vi"] === "" ? { ...values, xem: "cua-toi" } : values;
}

/** What the address asks for, or the problem with it. */
export function readReportQuery(values: ReportQueryValues, now: Date): { ok: true; query: ReportQuery } | { ok: false; problem: string } {
  const period = periodOf(values, now);
  if (!period.ok) return period;
  let unitId: number | null = null;
  if (values["don-vi"] !== "") {
    unitId = /^\d{1,9}$/.test(values["don-vi"]) ? Number(values["don-vi"]) : null;
    if (unitId === null || unitId === 0) return { ok: false, problem: "Đơn vị không hợp lệ: hãy chọn một đơn vị trong danh sách." };
  }
  return { ok: true, query: { period: period.period, unitId, mine: values.xem === "cua-toi" } };
}

/** The address of the same report in another shape (the spreadsheet, the print layout, a tab). */
export function reportHref(path: string, values: ReportQueryValues, change: Partial<ReportQueryValues> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...change })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
