// The periods of the year-end emulation report (issue 18): a month, a quarter, a half-year, a year,
// or any two days, always in Vietnam time, and the period of the same length before each one.
import { addCalendarDays, formatCalendarDay, vietnamCalendarDay, vietnamDayRange, type CalendarDay } from "./vi-date";

export type PeriodKind = "month" | "quarter" | "half" | "year" | "days";

/** The days from `first` to `last`, both included, in Vietnam. */
export type ReportPeriod = { kind: PeriodKind; first: CalendarDay; last: CalendarDay };

/** Longer than this and a report is refused: nobody compares units over a decade, and it would be slow. */
export const MAX_PERIOD_YEARS = 10;

const ROMAN = ["I", "II", "III", "IV"] as const;

const lastDayOfMonth = (year: number, month: number): CalendarDay => addCalendarDays({ year, month: month + 1, day: 1 }, -1);

/** The months `fromMonth` … `fromMonth + months - 1` of a year, as one period. */
function months(kind: PeriodKind, year: number, fromMonth: number, count: number): ReportPeriod {
  return { kind, first: { year, month: fromMonth, day: 1 }, last: lastDayOfMonth(year, fromMonth + count - 1) };
}

export function monthPeriod(year: number, month: number): ReportPeriod {
  return months("month", year, month, 1);
}

/** Quarter 1–4. */
export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  return months("quarter", year, (quarter - 1) * 3 + 1, 3);
}

/** Half 1 (January–June) or 2 (July–December). */
export function halfPeriod(year: number, half: number): ReportPeriod {
  return months("half", year, (half - 1) * 6 + 1, 6);
}

export function yearPeriod(year: number): ReportPeriod {
  return months("year", year, 1, 12);
}

const compareDays = (a: CalendarDay, b: CalendarDay) => a.year - b.year || a.month - b.month || a.day - b.day;

/** Two typed days as a period, or the problem with them in Vietnamese. */
export function daysPeriod(first: CalendarDay, last: CalendarDay): { ok: true; period: ReportPeriod } | { ok: false; problem: string } {
  if (compareDays(last, first) < 0) {
    return { ok: false, problem: `Ngày kết thúc (${formatCalendarDay(last)}) đứng trước ngày bắt đầu (${formatCalendarDay(first)}): hãy chọn lại.` };
  }
  const limit = addCalendarDays({ year: first.year + MAX_PERIOD_YEARS, month: first.month, day: first.day }, -1);
  if (compareDays(last, limit) > 0) {
    return { ok: false, problem: `Khoảng thời gian dài hơn ${MAX_PERIOD_YEARS} năm: hãy chọn khoảng ngắn hơn (đến ${formatCalendarDay(limit)} là dài nhất).` };
  }
  return { ok: true, period: { kind: "days", first, last } };
}

/** The UTC instants [start, end) of a period: what a query compares publication times with. */
export function periodRange(period: ReportPeriod): { start: Date; end: Date } {
  return { start: vietnamDayRange(period.first).start, end: vietnamDayRange(period.last).end };
}

/** How many days a period has. */
export function periodDays(period: ReportPeriod): number {
  const { start, end } = periodRange(period);
  return Math.round((end.getTime() - start.getTime()) / 86_400_000);
}

/**
 * The period of the same length just before: the month, quarter, half-year or year before, or as
 * many days as the period has, ending the day before it starts.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const { year, month } = period.first;
  switch (period.kind) {
    case "month":
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case "quarter":
      return month === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, (month - 1) / 3);
    case "half":
      return month === 1 ? halfPeriod(year - 1, 2) : halfPeriod(year, 1);
    case "year":
      return yearPeriod(year - 1);
    case "days": {
      const last = addCalendarDays(period.first, -1);
      return { kind: "days", first: addCalendarDays(last, 1 - periodDays(period)), last };
    }
  }
}

/** The month, quarter, half-year or year an instant belongs to in Vietnam: 00:30 on 1 April there is Q2. */
export function periodContaining(kind: Exclude<PeriodKind, "days">, at: Date): ReportPeriod {
  const { year, month } = vietnamCalendarDay(at);
  switch (kind) {
    case "month":
      return monthPeriod(year, month);
    case "quarter":
      return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
    case "half":
      return halfPeriod(year, month <= 6 ? 1 : 2);
    case "year":
      return yearPeriod(year);
  }
}

/** "Tháng 4/2026", "Quý II/2026", "6 tháng đầu năm 2026", "Năm 2026", "Từ 01/04/2026 đến 15/05/2026". */
export function periodLabel(period: ReportPeriod): string {
  const { year, month } = period.first;
  switch (period.kind) {
    case "month":
      return `Tháng ${month}/${year}`;
    case "quarter":
      return `Quý ${ROMAN[(month - 1) / 3] ?? ""}/${year}`;
    case "half":
      return `6 tháng ${month === 1 ? "đầu" : "cuối"} năm ${year}`;
    case "year":
      return `Năm ${year}`;
    case "days":
      return `Từ ${formatCalendarDay(period.first)} đến ${formatCalendarDay(period.last)}`;
  }
}
