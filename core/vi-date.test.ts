import { afterEach, describe, expect, it } from "vitest";
import {
  addCalendarDays,
  vietnamMonthKey,
  storedDay,
  calendarDayFromParts,
  dayKey,
  formatArticleDateTime,
  formatCalendarDay,
  formatShortDate,
  formatShortDateTime,
  parseDayKey,
  parseVietnamLocalDateTime,
  toVietnamLocalDateTimeInput,
  vietnamCalendarDay,
  vietnamDayRange,
  VIETNAM_TIME_ZONE,
} from "./vi-date";

describe("formatArticleDateTime", () => {
  it.each([
    ["2022-12-19T09:42:00Z", "Thứ Hai, ngày 19/12/2022 - 16:42"],
    ["2022-12-20T09:42:00Z", "Thứ Ba, ngày 20/12/2022 - 16:42"],
    ["2022-12-21T09:42:00Z", "Thứ Tư, ngày 21/12/2022 - 16:42"],
    ["2022-12-22T09:42:00Z", "Thứ Năm, ngày 22/12/2022 - 16:42"],
    ["2022-12-23T09:42:00Z", "Thứ Sáu, ngày 23/12/2022 - 16:42"],
    ["2022-12-24T09:42:00Z", "Thứ Bảy, ngày 24/12/2022 - 16:42"],
    ["2022-12-25T09:42:00Z", "Chủ nhật, ngày 25/12/2022 - 16:42"],
  ])("names the Vietnamese weekday of %s", (instant, expected) => {
    expect(formatArticleDateTime(new Date(instant))).toBe(expected);
  });

  it.each([
    ["2022-12-24T17:30:00Z", "Chủ nhật, ngày 25/12/2022 - 00:30"],
    ["2023-01-04T16:59:59.999Z", "Thứ Tư, ngày 04/01/2023 - 23:59"],
    ["2023-01-04T17:00:00Z", "Thứ Năm, ngày 05/01/2023 - 00:00"],
    ["2022-12-31T17:05:00Z", "Chủ nhật, ngày 01/01/2023 - 00:05"],
    ["2024-02-28T18:00:00Z", "Thứ Năm, ngày 29/02/2024 - 01:00"],
  ])("takes the weekday and date from Vietnam's day, not UTC's: %s", (instant, expected) => {
    expect(formatArticleDateTime(new Date(instant))).toBe(expected);
  });
});

describe("short formats", () => {
  it.each([
    ["2022-12-21T09:42:00Z", "21/12/2022", "21/12/2022 16:42"],
    ["2023-01-04T16:59:59.999Z", "04/01/2023", "04/01/2023 23:59"],
    ["2023-01-04T17:00:00Z", "05/01/2023", "05/01/2023 00:00"],
    ["2023-05-01T00:00:00Z", "01/05/2023", "01/05/2023 07:00"],
  ])("shows %s as %s and %s in Vietnam time", (instant, date, dateTime) => {
    expect(formatShortDate(new Date(instant))).toBe(date);
    expect(formatShortDateTime(new Date(instant))).toBe(dateTime);
  });
});

describe("independence from the server's time zone", () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it.each([
    ["UTC", 0],
    ["America/Los_Angeles", 480],
    ["Europe/Paris", -60],
    ["Asia/Tokyo", -540],
    ["Pacific/Kiritimati", -840],
  ])(
    "gives the same Vietnam strings when the server runs in %s",
    (zone, serverOffsetMinutes) => {
      process.env.TZ = zone;
      const instant = new Date("2022-12-20T23:30:00Z");
      // Proves the server's own clock really moved, so the assertions below mean something.
      expect(instant.getTimezoneOffset()).toBe(serverOffsetMinutes);
      expect(formatArticleDateTime(instant)).toBe("Thứ Tư, ngày 21/12/2022 - 06:30");
      expect(formatShortDateTime(instant)).toBe("21/12/2022 06:30");
      expect(toVietnamLocalDateTimeInput(instant)).toBe("2022-12-21T06:30");
      expect(vietnamCalendarDay(instant)).toEqual({ year: 2022, month: 12, day: 21 });
      expect(parseVietnamLocalDateTime("2022-12-21T06:30")).toEqual(instant);
      expect(vietnamDayRange({ year: 2022, month: 12, day: 21 }).start.toISOString()).toBe(
        "2022-12-20T17:00:00.000Z",
      );
    },
  );
});

describe("vietnamCalendarDay", () => {
  it.each([
    ["2022-12-20T23:30:00Z", { year: 2022, month: 12, day: 21 }],
    ["2022-12-20T16:59:59.999Z", { year: 2022, month: 12, day: 20 }],
    ["2022-12-20T17:00:00Z", { year: 2022, month: 12, day: 21 }],
    ["2022-12-31T17:00:00Z", { year: 2023, month: 1, day: 1 }],
    ["2022-12-31T16:59:59.999Z", { year: 2022, month: 12, day: 31 }],
  ])("puts %s on Vietnam day %o", (instant, expected) => {
    expect(vietnamCalendarDay(new Date(instant))).toEqual(expected);
  });
});

describe("dayKey and formatCalendarDay", () => {
  it.each([
    [{ year: 2022, month: 12, day: 21 }, "2022-12-21", "21/12/2022"],
    [{ year: 2023, month: 1, day: 5 }, "2023-01-05", "05/01/2023"],
  ])("writes %o as %s and %s", (day, key, shown) => {
    expect(dayKey(day)).toBe(key);
    expect(formatCalendarDay(day)).toBe(shown);
  });
});

describe("parseDayKey", () => {
  it.each([
    ["2022-12-21", { year: 2022, month: 12, day: 21 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["1900-01-01", { year: 1900, month: 1, day: 1 }],
    ["2999-12-31", { year: 2999, month: 12, day: 31 }],
    ["2023-04-30", { year: 2023, month: 4, day: 30 }],
  ])("accepts the real day %s", (value, expected) => {
    expect(parseDayKey(value)).toEqual(expected);
  });

  it.each([
    ["2022-02-30", "a day past the month's end"],
    ["2023-02-29", "29 February outside a leap year"],
    ["1900-02-29", "29 February in a century that is not a leap year"],
    ["2023-04-31", "31 April"],
    ["2022-13-01", "month 13"],
    ["2022-00-10", "month 0"],
    ["2022-12-00", "day 0"],
    ["2022-1-5", "single-digit month and day"],
    ["22-12-21", "a two-digit year"],
    ["1899-12-31", "a year before 1900"],
    ["3000-01-01", "a year after 2999"],
    ["<script>", "markup"],
    ["", "an empty string"],
    [" 2022-12-21", "a leading space"],
    ["2022-12-21 ", "a trailing space"],
    ["2022-12-21\n", "a trailing newline"],
    ["2022/12/21", "slashes"],
    ["2022-12-21T00:00", "a time"],
    ["+2022-12-21", "a sign"],
    ["２０２２-12-21", "full-width digits"],
    ["٢٠٢٢-12-21", "Arabic-Indic digits"],
  ])("rejects %j (%s)", (value) => {
    expect(parseDayKey(value)).toBeNull();
  });

  it.each(["2022-12-21", "2024-02-29", "2023-01-05"])("round-trips %s through dayKey", (value) => {
    const day = parseDayKey(value);
    expect(day && dayKey(day)).toBe(value);
  });
});

describe("calendarDayFromParts", () => {
  it.each([
    ["5", "1", "2023", { year: 2023, month: 1, day: 5 }],
    ["05", "01", "2023", { year: 2023, month: 1, day: 5 }],
    ["29", "2", "2024", { year: 2024, month: 2, day: 29 }],
    ["31", "12", "2022", { year: 2022, month: 12, day: 31 }],
    [" 5 ", "1", "2023 ", { year: 2023, month: 1, day: 5 }],
  ])("reads day %j, month %j, year %j as %o", (day, month, year, expected) => {
    expect(calendarDayFromParts(day, month, year)).toEqual(expected);
  });

  it.each([
    ["30", "2", "2022", "30 February"],
    ["29", "2", "2023", "29 February outside a leap year"],
    ["0", "1", "2023", "day 0"],
    ["1", "13", "2023", "month 13"],
    ["1", "0", "2023", "month 0"],
    ["005", "1", "2023", "a three-digit day"],
    ["5", "1", "23", "a two-digit year"],
    ["5", "1", "1899", "a year before 1900"],
    ["", "1", "2023", "an empty day"],
    ["5", "", "2023", "an empty month"],
    ["5", "1", "", "an empty year"],
    ["5a", "1", "2023", "letters"],
    ["-5", "1", "2023", "a sign"],
    ["1.5", "1", "2023", "a decimal"],
  ])("rejects day %j, month %j, year %j (%s)", (day, month, year) => {
    expect(calendarDayFromParts(day, month, year)).toBeNull();
  });
});

describe("addCalendarDays", () => {
  it.each([
    ["2026-11-22", 0, "2026-11-22"],
    ["2026-11-22", -29, "2026-10-24"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2026-01-05", -30, "2025-12-06"],
    ["2025-12-31", 1, "2026-01-01"],
  ])("moves %s by %i days to %s", (from, days, expected) => {
    const start = parseDayKey(from);
    if (!start) throw new Error(from);
    expect(dayKey(addCalendarDays(start, days))).toBe(expected);
  });
});

describe("vietnamDayRange", () => {
  it.each([
    [{ year: 2022, month: 12, day: 21 }, "2022-12-20T17:00:00.000Z", "2022-12-21T17:00:00.000Z"],
    [{ year: 2023, month: 1, day: 1 }, "2022-12-31T17:00:00.000Z", "2023-01-01T17:00:00.000Z"],
    [{ year: 2022, month: 12, day: 31 }, "2022-12-30T17:00:00.000Z", "2022-12-31T17:00:00.000Z"],
    [{ year: 2024, month: 2, day: 29 }, "2024-02-28T17:00:00.000Z", "2024-02-29T17:00:00.000Z"],
    [{ year: 2024, month: 3, day: 1 }, "2024-02-29T17:00:00.000Z", "2024-03-01T17:00:00.000Z"],
  ])("covers Vietnam day %o from %s up to %s", (day, start, end) => {
    const range = vietnamDayRange(day);
    expect(range.start.toISOString()).toBe(start);
    expect(range.end.toISOString()).toBe(end);
  });

  it.each([
    ["2022-12-20T16:59:59.999Z", false],
    ["2022-12-20T17:00:00.000Z", true],
    ["2022-12-21T09:42:00.000Z", true],
    ["2022-12-21T16:59:59.999Z", true],
    ["2022-12-21T17:00:00.000Z", false],
  ])("counts %s inside 21/12/2022: %s", (instant, inside) => {
    const { start, end } = vietnamDayRange({ year: 2022, month: 12, day: 21 });
    const time = new Date(instant).getTime();
    expect(time >= start.getTime() && time < end.getTime()).toBe(inside);
  });

  it.each(["2022-12-20T17:00:00Z", "2022-12-21T09:42:00Z", "2022-12-21T16:59:59.999Z"])(
    "contains the instant %s in the range of its own Vietnam day",
    (instant) => {
      const date = new Date(instant);
      const { start, end } = vietnamDayRange(vietnamCalendarDay(date));
      expect(date >= start && date < end).toBe(true);
    },
  );
});

describe("parseVietnamLocalDateTime", () => {
  it.each([
    ["2022-12-21T16:42", "2022-12-21T09:42:00.000Z"],
    ["2022-12-21T16:42:30", "2022-12-21T09:42:30.000Z"],
    ["2022-12-21T00:00", "2022-12-20T17:00:00.000Z"],
    ["2022-12-21T06:59", "2022-12-20T23:59:00.000Z"],
    ["2022-12-21T23:59:59", "2022-12-21T16:59:59.000Z"],
    ["2024-02-29T08:00", "2024-02-29T01:00:00.000Z"],
  ])("reads %s as Vietnam time, the instant %s", (value, expected) => {
    expect(parseVietnamLocalDateTime(value)?.toISOString()).toBe(expected);
  });

  it.each([
    ["2022-12-21", "no time"],
    ["2022-12-21 16:42", "a space instead of T"],
    ["2022-12-21T16:42Z", "a zone designator"],
    ["2022-12-21T16:42+07:00", "an offset"],
    ["2022-12-21T16:42:30.500", "fractions of a second"],
    ["2022-12-21T24:00", "hour 24"],
    ["2022-12-21T16:60", "minute 60"],
    ["2022-12-21T16:42:60", "second 60"],
    ["2022-12-21T6:42", "a single-digit hour"],
    ["2022-02-30T10:00", "30 February"],
    ["2023-02-29T10:00", "29 February outside a leap year"],
    ["2022-13-01T10:00", "month 13"],
    [" 2022-12-21T16:42", "a leading space"],
    ["", "an empty string"],
    ["<script>", "markup"],
  ])("rejects %j (%s)", (value) => {
    expect(parseVietnamLocalDateTime(value)).toBeNull();
  });
});

describe("toVietnamLocalDateTimeInput", () => {
  it.each([
    ["2022-12-21T09:42:00Z", "2022-12-21T16:42"],
    ["2022-12-20T17:00:00Z", "2022-12-21T00:00"],
    ["2022-12-20T16:59:59.999Z", "2022-12-20T23:59"],
    ["2022-12-31T17:00:00Z", "2023-01-01T00:00"],
  ])("shows the instant %s as %s", (instant, expected) => {
    expect(toVietnamLocalDateTimeInput(new Date(instant))).toBe(expected);
  });

  it.each(["2022-12-21T16:42", "2023-01-01T00:00", "2024-02-29T23:59", "2022-12-21T06:30"])(
    "round-trips the input value %s",
    (value) => {
      const date = parseVietnamLocalDateTime(value);
      expect(date && toVietnamLocalDateTimeInput(date)).toBe(value);
    },
  );
});

it("names the zone every formatter uses", () => {
  expect(VIETNAM_TIME_ZONE).toBe("Asia/Ho_Chi_Minh");
});

describe("storedDay", () => {
  it("reads the days the database holds, and refuses a row it did not write", () => {
    expect(storedDay("2022-12-21")).toEqual({ year: 2022, month: 12, day: 21 });
    expect(() => storedDay("2022-02-30")).toThrow(/malformed/);
    expect(() => storedDay("21/12/2022")).toThrow(/malformed/);
  });
});

describe("vietnamMonthKey", () => {
  it("puts an article of 00:30 on 1 April in Vietnam in April, though it is still March in UTC", () => {
    expect(vietnamMonthKey(new Date("2026-03-31T17:30:00Z"))).toBe("2026-04");
    expect(vietnamMonthKey(new Date("2026-03-31T16:59:59Z"))).toBe("2026-03");
  });

  it("agrees with the calendar day of every hour of a year", () => {
    for (let at = Date.UTC(2025, 11, 31, 0, 30); at < Date.UTC(2027, 0, 1, 17); at += 3_600_000) {
      const day = vietnamCalendarDay(new Date(at));
      expect(vietnamMonthKey(new Date(at))).toBe(`${day.year}-${String(day.month).padStart(2, "0")}`);
    }
  });
});
