import { describe, expect, it } from "vitest";
import { readReportQuery, reportHref, reportQueryValues } from "./report-query";
import { periodLabel } from "./report-period";

// 10:00 on 15 May 2026 in Vietnam.
const NOW = new Date("2026-05-15T03:00:00Z");
const read = (query: Record<string, string>) => readReportQuery(reportQueryValues(query), NOW);
const label = (query: Record<string, string>) => {
  const result = read(query);
  return result.ok ? periodLabel(result.query.period) : result.problem;
};

describe("readReportQuery", () => {
  it("takes this year by default, and the current half, quarter or month when only the kind is chosen", () => {
    expect(label({})).toBe("Năm 2026");
    expect(label({ ky: "nua-nam" })).toBe("6 tháng đầu năm 2026");
    expect(label({ ky: "quy" })).toBe("Quý II/2026");
    expect(label({ ky: "thang" })).toBe("Tháng 5/2026");
  });

  it("reads a chosen year, half, quarter, month and two typed days", () => {
    expect(label({ ky: "nam", nam: "2025" })).toBe("Năm 2025");
    expect(label({ ky: "nua-nam", nam: "2025", nua: "2" })).toBe("6 tháng cuối năm 2025");
    expect(label({ ky: "quy", nam: "2025", quy: "4" })).toBe("Quý IV/2025");
    expect(label({ ky: "thang", nam: "2025", thang: "12" })).toBe("Tháng 12/2025");
    expect(label({ ky: "khoang", tu: "1/4/2026", den: "15/05/2026" })).toBe("Từ 01/04/2026 đến 15/05/2026");
  });

  it("names each wrong field in Vietnamese", () => {
    expect(label({ ky: "tuan" })).toContain("Kỳ báo cáo không hợp lệ");
    expect(label({ nam: "1999" })).toBe("Năm báo cáo phải từ 2000 đến 2027.");
    expect(label({ nam: "hai nghìn" })).toBe("Năm báo cáo phải từ 2000 đến 2027.");
    expect(label({ ky: "quy", quy: "5" })).toBe("Quý phải từ I đến IV.");
    expect(label({ ky: "nua-nam", nua: "3" })).toBe("Hãy chọn 6 tháng đầu năm hoặc 6 tháng cuối năm.");
    expect(label({ ky: "thang", thang: "13" })).toBe("Tháng phải từ 1 đến 12.");
    expect(label({ ky: "khoang", tu: "31/02/2026", den: "1/3/2026" })).toMatch(/^Ngày bắt đầu: Không có ngày 31\/02\/2026/);
    expect(label({ ky: "khoang", tu: "1/3/2026", den: "" })).toMatch(/^Ngày kết thúc: /);
    expect(label({ ky: "khoang", tu: "10/05/2026", den: "01/05/2026" })).toContain("đứng trước ngày bắt đầu");
    expect(label({ ky: "khoang", tu: "01/01/2010", den: "01/01/2026" })).toContain("dài hơn 10 năm");
    expect(read({ "don-vi": "abc" })).toEqual({ ok: false, problem: "Đơn vị không hợp lệ: hãy chọn một đơn vị trong danh sách." });
    expect(read({ "don-vi": "0" })).toMatchObject({ ok: false });
  });

  it("reads a unit and the “Của tôi” tab, and a repeated key by its first value", () => {
    expect(read({ "don-vi": "12", xem: "cua-toi" })).toMatchObject({ ok: true, query: { unitId: 12, mine: true } });
    expect(readReportQuery(reportQueryValues({ nam: ["2024", "2025"] }), NOW)).toMatchObject({ ok: true, query: { period: { first: { year: 2024 } } } });
  });
});

describe("reportHref", () => {
  it("keeps the filled fields and changes the ones asked", () => {
    const values = reportQueryValues({ ky: "quy", nam: "2026", quy: "2", "don-vi": "4" });
    expect(reportHref("/api/thong-ke/excel", values)).toBe("/api/thong-ke/excel?ky=quy&nam=2026&quy=2&don-vi=4");
    expect(reportHref("/quan-tri/thong-ke", values, { xem: "cua-toi", "don-vi": "" })).toBe("/quan-tri/thong-ke?ky=quy&nam=2026&quy=2&xem=cua-toi");
  });
});
