import { describe, expect, it } from "vitest";
import {
  daysPeriod,
  halfPeriod,
  monthPeriod,
  periodContaining,
  periodDays,
  periodLabel,
  periodRange,
  previousPeriod,
  quarterPeriod,
  yearPeriod,
  type ReportPeriod,
} from "./report-period";

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const days = (first: ReturnType<typeof day>, last: ReturnType<typeof day>): ReportPeriod => {
  const result = daysPeriod(first, last);
  if (!result.ok) throw new Error(result.problem);
  return result.period;
};

describe("report periods", () => {
  it("are whole Vietnam days: a quarter runs from 1 April 00:00 to 30 June 24:00 in Vietnam", () => {
    expect(quarterPeriod(2026, 2)).toEqual({ kind: "quarter", first: day(2026, 4, 1), last: day(2026, 6, 30) });
    expect(periodRange(quarterPeriod(2026, 2))).toEqual({ start: new Date("2026-03-31T17:00:00Z"), end: new Date("2026-06-30T17:00:00Z") });
    expect(halfPeriod(2026, 2)).toEqual({ kind: "half", first: day(2026, 7, 1), last: day(2026, 12, 31) });
    expect(yearPeriod(2024)).toMatchObject({ first: day(2024, 1, 1), last: day(2024, 12, 31) });
    expect(periodDays(yearPeriod(2024))).toBe(366);
    expect(monthPeriod(2024, 2).last).toEqual(day(2024, 2, 29));
  });

  it("put an article published at 00:30 on 1 April (Vietnam) in the second quarter, whatever UTC says", () => {
    const at = new Date("2026-03-31T17:30:00Z"); // 31 March in UTC, 1 April 00:30 in Vietnam
    expect(periodContaining("quarter", at)).toEqual(quarterPeriod(2026, 2));
    expect(periodContaining("month", at)).toEqual(monthPeriod(2026, 4));
    expect(periodContaining("half", at)).toEqual(halfPeriod(2026, 1));
    const { start, end } = periodRange(quarterPeriod(2026, 2));
    expect(at >= start && at < end).toBe(true);
    // 23:59 on 31 March in Vietnam is still the first quarter.
    expect(periodContaining("quarter", new Date("2026-03-31T16:59:00Z"))).toEqual(quarterPeriod(2026, 1));
  });

  it.each([
    [monthPeriod(2026, 1), monthPeriod(2025, 12)],
    [monthPeriod(2026, 3), monthPeriod(2026, 2)],
    [quarterPeriod(2026, 1), quarterPeriod(2025, 4)],
    [quarterPeriod(2026, 3), quarterPeriod(2026, 2)],
    [halfPeriod(2026, 1), halfPeriod(2025, 2)],
    [halfPeriod(2026, 2), halfPeriod(2026, 1)],
    [yearPeriod(2026), yearPeriod(2025)],
    [days(day(2026, 3, 1), day(2026, 3, 10)), { kind: "days", first: day(2026, 2, 19), last: day(2026, 2, 28) }],
    [days(day(2024, 3, 1), day(2024, 3, 1)), { kind: "days", first: day(2024, 2, 29), last: day(2024, 2, 29) }],
  ] as const)("compare %o with the period of the same length before it", (period, before) => {
    expect(previousPeriod(period)).toEqual(before);
    if (period.kind === "days") expect(periodDays(previousPeriod(period))).toBe(periodDays(period));
  });

  it("refuse an end before the start and more than ten years, in Vietnamese", () => {
    expect(daysPeriod(day(2026, 5, 1), day(2026, 4, 30))).toEqual({ ok: false, problem: "Ngày kết thúc (30/04/2026) đứng trước ngày bắt đầu (01/05/2026): hãy chọn lại." });
    expect(daysPeriod(day(2016, 1, 1), day(2025, 12, 31))).toMatchObject({ ok: true });
    expect(daysPeriod(day(2016, 1, 1), day(2026, 1, 1))).toEqual({
      ok: false,
      problem: "Khoảng thời gian dài hơn 10 năm: hãy chọn khoảng ngắn hơn (đến 31/12/2025 là dài nhất).",
    });
    expect(daysPeriod(day(2026, 4, 1), day(2026, 4, 1))).toMatchObject({ ok: true });
  });

  it("are named as an office writes them", () => {
    expect(periodLabel(monthPeriod(2026, 4))).toBe("Tháng 4/2026");
    expect(periodLabel(quarterPeriod(2026, 2))).toBe("Quý II/2026");
    expect(periodLabel(quarterPeriod(2026, 4))).toBe("Quý IV/2026");
    expect(periodLabel(halfPeriod(2026, 1))).toBe("6 tháng đầu năm 2026");
    expect(periodLabel(halfPeriod(2026, 2))).toBe("6 tháng cuối năm 2026");
    expect(periodLabel(yearPeriod(2026))).toBe("Năm 2026");
    expect(periodLabel(days(day(2026, 4, 1), day(2026, 5, 15)))).toBe("Từ 01/04/2026 đến 15/05/2026");
  });
});
