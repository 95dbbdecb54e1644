import { describe, expect, it } from "vitest";
import { dayFieldText, formatVietnamTimeInWords, parseVietnamLocalDateTime, readDayFilter, readTypedDate, readTypedDateTime, timeFieldText, toVietnamDateTimeText, TYPED_DATE_PATTERN, TYPED_TIME_PATTERN } from "./vi-date";

// The workspace's date and time fields: typed as dd/mm/yyyy and 24-hour HH:mm, read as Vietnam time.

describe("readTypedDateTime", () => {
  it.each([
    ["30/11/2026", "16:50", "2026-11-30T09:50:00.000Z"],
    ["1/3/2026", "7:05", "2026-03-01T00:05:00.000Z"],
    [" 30/11/2026 ", " 16:50 ", "2026-11-30T09:50:00.000Z"],
    ["01/01/2027", "00:00", "2026-12-31T17:00:00.000Z"],
    ["29/02/2024", "23:59", "2024-02-29T16:59:00.000Z"],
    ["30/11/2026", "16:50:20", "2026-11-30T09:50:20.000Z"],
  ])("reads %s %s as the Vietnam time %s", (date, time, instant) => {
    expect(readTypedDateTime(date, time)).toEqual({ ok: true, at: new Date(instant) });
  });

  it("reads two empty fields as no time at all", () => {
    expect(readTypedDateTime("", " ")).toEqual({ ok: true, at: null });
  });

  it.each([
    ["30/02/2026", "10:00", "Không có ngày 30/02/2026: tháng 2 năm 2026 có 28 ngày."],
    ["29/02/2025", "10:00", "Không có ngày 29/02/2025: tháng 2 năm 2025 có 28 ngày."],
    ["31/04/2026", "10:00", "Không có ngày 31/04/2026: tháng 4 năm 2026 có 30 ngày."],
    ["12/13/2026", "10:00", "Không có tháng 13: tháng từ 1 đến 12."],
    ["11/30/2026", "10:00", "Không có tháng 30: tháng từ 1 đến 12."],
    ["01/01/0202", "10:00", "Năm 202 không hợp lệ: hãy nhập năm từ 1900 đến 2999."],
    ["2026-11-30", "10:00", "Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026."],
    ["30/11/2026", "4:50 PM", "Giờ viết theo dạng giờ:phút, 24 giờ (HH:mm), ví dụ 16:50."],
    ["30/11/2026", "24:00", "Không có giờ 24:00: giờ từ 00:00 đến 23:59."],
    ["30/11/2026", "16:60", "Không có giờ 16:60: giờ từ 00:00 đến 23:59."],
    ["30/11/2026", "", "Hãy nhập cả giờ (HH:mm), ví dụ 16:50."],
    ["", "16:50", "Hãy nhập cả ngày (dd/mm/yyyy), ví dụ 30/11/2026."],
  ])("refuses %s %s, saying why", (date, time, problem) => {
    expect(readTypedDateTime(date, time)).toEqual({ ok: false, problem });
  });
});

describe("readTypedDate", () => {
  it.each([
    ["30/11/2026", { year: 2026, month: 11, day: 30 }],
    ["5/1/2023", { year: 2023, month: 1, day: 5 }],
  ])("reads %s", (text, day) => {
    expect(readTypedDate(text)).toEqual({ ok: true, day });
  });
});

// A phone's number pad: iOS's has digits only, with inputmode="decimal" one separator ("," in a
// Vietnamese phone, "." in an English one); Android's has ",", "." and "-" but no "/" or ":".
describe("what a phone's number pad can type", () => {
  it.each(["30.11.2026", "30,11,2026", "30-11-2026", "30 11 2026", "30112026", "30. 11. 2026"])("reads the day %j as 30/11/2026", (text) => {
    expect(readTypedDate(text)).toEqual({ ok: true, day: { year: 2026, month: 11, day: 30 } });
    expect(dayFieldText(text)).toBe("30/11/2026");
  });

  it.each([["1.3.2026", "01/03/2026"], ["01032026", "01/03/2026"]])("shows the day %j back as %s", (text, shown) => {
    expect(dayFieldText(text)).toBe(shown);
  });

  it.each([
    ["16,50", "16:50"],
    ["16.50", "16:50"],
    ["16h50", "16:50"],
    ["16g50", "16:50"],
    ["16 50", "16:50"],
    ["1650", "16:50"],
    ["705", "07:05"],
    ["7h", "07:00"],
    ["7:05", "07:05"],
    ["16:50:20", "16:50:20"],
  ])("reads the time %j as %s", (time, shown) => {
    expect(readTypedDateTime("30/11/2026", time).ok).toBe(true);
    expect(timeFieldText(time)).toBe(shown);
  });

  it("reads 16h50 on 30.11.2026 as the same Vietnam time as 16:50 on 30/11/2026", () => {
    expect(readTypedDateTime("30.11.2026", "16h50")).toEqual(readTypedDateTime("30/11/2026", "16:50"));
  });

  it.each([
    ["3011202", "16:50", "Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026."],
    ["301126", "16:50", "Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026."],
    ["31042026", "16:50", "Không có ngày 31/04/2026: tháng 4 năm 2026 có 30 ngày."],
    ["30/11/2026", "16500", "Giờ viết theo dạng giờ:phút, 24 giờ (HH:mm), ví dụ 16:50."],
    ["30/11/2026", "16h5", "Giờ viết theo dạng giờ:phút, 24 giờ (HH:mm), ví dụ 16:50."],
    ["30/11/2026", "2460", "Không có giờ 24:60: giờ từ 00:00 đến 23:59."],
    ["30/11/2026", "16:50:70", "Không có giờ 16:50:70: giờ từ 00:00 đến 23:59."],
  ])("still refuses %j %j, saying why", (date, time, problem) => {
    expect(readTypedDateTime(date, time)).toEqual({ ok: false, problem });
  });

  it("leaves what it cannot read as typed", () => {
    expect(dayFieldText("30/11")).toBe("30/11");
    expect(timeFieldText("4:50 PM")).toBe("4:50 PM");
  });

  // The browser compiles a pattern whole, with the "v" flag (with "u" before Safari 17 and Chrome 112):
  // it must compile in both, and stop nothing the server reads.
  const browserAccepts = (pattern: string, text: string) => {
    const [withV, withU] = (["v", "u"] as const).map((flag) => new RegExp(`^(?:${pattern})$`, flag).test(text));
    expect(withU, `the "u" and "v" patterns disagree on ${text}`).toBe(withV);
    return withV;
  };
  it.each(["30/11/2026", "1/3/2026", "30.11.2026", "30,11,2026", "30-11-2026", "30112026", "31042026"])("lets the browser send the day %j", (text) => {
    expect(browserAccepts(TYPED_DATE_PATTERN, text)).toBe(true);
  });
  it.each(["16:50", "7:05", "16:50:20", "16,50", "16.50", "16h50", "16G50", "7h", "1650", "705"])("lets the browser send the time %j", (text) => {
    expect(browserAccepts(TYPED_TIME_PATTERN, text)).toBe(true);
  });
  it.each([["2026-11-30", TYPED_DATE_PATTERN], ["30/11", TYPED_DATE_PATTERN], ["4:50 PM", TYPED_TIME_PATTERN], ["16h5", TYPED_TIME_PATTERN]])("stops %j in the browser, as the server would refuse it", (text, pattern) => {
    expect(browserAccepts(pattern, text)).toBe(false);
  });
});

describe("parseVietnamLocalDateTime", () => {
  it.each([
    ["2026-11-30T16:50", "2026-11-30T09:50:00.000Z"],
    ["2026-11-30T16:50:20", "2026-11-30T09:50:20.000Z"],
    ["30/11/2026 16:50", "2026-11-30T09:50:00.000Z"],
    ["30/11/2026 16:50:20", "2026-11-30T09:50:20.000Z"],
    ["1/3/2026 7:05", "2026-03-01T00:05:00.000Z"],
  ])("accepts both the old input's form and the typed form: %s", (text, instant) => {
    expect(parseVietnamLocalDateTime(text)).toEqual(new Date(instant));
  });

  it.each(["30/02/2026 10:00", "30/11/2026", "11/30/2026 04:50 PM", "2026-11-30 16:50", "30/11/2026 24:00", ""])("refuses %j", (text) => {
    expect(parseVietnamLocalDateTime(text)).toBeNull();
  });
});

describe("showing a time in the fields and in words", () => {
  it.each([
    ["2026-11-30T09:50:00Z", "30/11/2026", "16:50", "Thứ Hai, 30/11/2026 lúc 16:50, giờ Việt Nam"],
    ["2026-12-31T17:00:00Z", "01/01/2027", "00:00", "Thứ Sáu, 01/01/2027 lúc 00:00, giờ Việt Nam"],
    ["2022-12-25T02:05:00Z", "25/12/2022", "09:05", "Chủ nhật, 25/12/2022 lúc 09:05, giờ Việt Nam"],
  ])("shows %s as %s %s, %s", (instant, date, time, words) => {
    expect(toVietnamDateTimeText(new Date(instant))).toEqual({ date, time });
    expect(formatVietnamTimeInWords(new Date(instant))).toBe(words);
  });
});

describe("readDayFilter", () => {
  it.each([
    ["30/11/2026", { ok: true, day: { year: 2026, month: 11, day: 30 } }],
    ["2026-11-30", { ok: true, day: { year: 2026, month: 11, day: 30 } }],
    ["", { ok: true, day: null }],
    ["30/02/2026", { ok: false, problem: "Không có ngày 30/02/2026: tháng 2 năm 2026 có 28 ngày." }],
    ["2026-02-30", { ok: false, problem: "Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/11/2026." }],
  ])("reads the filter %j", (text, expected) => {
    expect(readDayFilter(text)).toEqual(expected);
  });
});

describe("dayFieldText", () => {
  it.each([
    ["2022-12-21", "21/12/2022"],
    ["1/1/2020", "01/01/2020"],
    [" 21/12/2022 ", "21/12/2022"],
    ["30/02/2022", "30/02/2022"],
    ["x", "x"],
    ["", ""],
  ])("shows %j back as %j", (typed, shown) => {
    expect(dayFieldText(typed)).toBe(shown);
  });
});
