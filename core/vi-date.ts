export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** A day on the calendar in Vietnam; month is 1–12. */
export type CalendarDay = { year: number; month: number; day: number };

type VietnamClock = CalendarDay & { hour: number; minute: number };

// Vietnam has kept UTC+7 with no daylight saving since 1975, so a fixed offset
// turns a Vietnam wall-clock time into a UTC instant exactly.
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

// Only numeric parts are read from it, so the locale's wording never matters;
// h23 because some ICU versions print midnight as "24" with hour12: false.
const vietnamClockFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: VIETNAM_TIME_ZONE,
  numberingSystem: "latn",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

// Indexed by Date#getUTCDay(). Written out because ICU's Vietnamese names vary by version.
const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

function vietnamClock(date: Date): VietnamClock {
  const parts = vietnamClockFormatter.formatToParts(date);
  const read = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  return { year: read("year"), month: read("month"), day: read("day"), hour: read("hour"), minute: read("minute") };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

// setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
function utcMidnight(day: CalendarDay): Date {
  const date = new Date(0);
  date.setUTCFullYear(day.year, day.month - 1, day.day);
  return date;
}

function weekdayName(day: CalendarDay): string {
  return WEEKDAY_NAMES[utcMidnight(day).getUTCDay()] ?? "";
}

function formatTime(clock: VietnamClock): string {
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** 2022-12-21T09:42:00Z → "Thứ Tư, ngày 21/12/2022 - 16:42" */
export function formatArticleDateTime(date: Date): string {
  const clock = vietnamClock(date);
  return `${weekdayName(clock)}, ngày ${formatCalendarDay(clock)} - ${formatTime(clock)}`;
}

/** 2022-12-21T09:42:00Z → "21/12/2022" */
export function formatShortDate(date: Date): string {
  return formatCalendarDay(vietnamClock(date));
}

/** 2022-12-21T09:42:00Z → "21/12/2022 16:42" */
export function formatShortDateTime(date: Date): string {
  const clock = vietnamClock(date);
  return `${formatCalendarDay(clock)} ${formatTime(clock)}`;
}

/** The day it is in Vietnam at this instant: 2022-12-20T23:30Z is the 21st there. */
export function vietnamCalendarDay(date: Date): CalendarDay {
  const { year, month, day } = vietnamClock(date);
  return { year, month, day };
}

/**
 * The Vietnam month ("2026-04") an instant falls in, by the fixed offset: a sum, where Intl's
 * formatter (vietnamCalendarDay) costs microseconds a call and a report sorts 10,000 articles.
 */
export function vietnamMonthKey(at: Date): string {
  const clock = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return `${pad(clock.getUTCFullYear(), 4)}-${pad(clock.getUTCMonth() + 1)}`;
}

/** { 2022, 12, 21 } → "2022-12-21", the form used in URLs (?ngay=…). */
export function dayKey(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

/** { 2022, 12, 21 } → "21/12/2022" */
export function formatCalendarDay(day: CalendarDay): string {
  return `${pad(day.day)}/${pad(day.month)}/${pad(day.year, 4)}`;
}

// The range keeps typos such as 0202 or 20222 out of queries and URLs.
function realCalendarDay(year: number, month: number, day: number): CalendarDay | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

/** Strict "YYYY-MM-DD" that names a real day, else null: it arrives from the URL. */
export function parseDayKey(value: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return realCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * A day the database holds as "YYYY-MM-DD" (written by dayKey: documents', albums' and videos' days).
 * Anything else is a row this code did not write, and fails loudly rather than showing a wrong day.
 */
export function storedDay(key: string): CalendarDay {
  const day = parseDayKey(key);
  if (!day) throw new Error(`a stored day is malformed: ${key}`);
  return day;
}

/** Three form fields ("5", "01", "2023") → that day, or null when it is not a real date. */
export function calendarDayFromParts(day: string, month: string, year: string): CalendarDay | null {
  // Surrounding spaces are forgiven: people type into these fields.
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  return realCalendarDay(Number(y), Number(m), Number(d));
}

/** The UTC instants [start, end) of a Vietnam day: 21/12/2022 starts at 2022-12-20T17:00Z. */
export function vietnamDayRange(day: CalendarDay): { start: Date; end: Date } {
  const start = utcMidnight(day).getTime() - VIETNAM_OFFSET_MS;
  const end = utcMidnight({ ...day, day: day.day + 1 }).getTime() - VIETNAM_OFFSET_MS;
  return { start: new Date(start), end: new Date(end) };
}

/** { 2026, 3, 1 } plus -1 → { 2026, 2, 28 }: days forward (or back), across months and years. */
export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  const date = utcMidnight({ ...day, day: day.day + days });
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

type ClockTime = { hour: number; minute: number; second: number };

function vietnamInstant(day: CalendarDay, time: ClockTime): Date {
  const wallClock = utcMidnight(day).getTime() + ((time.hour * 60 + time.minute) * 60 + time.second) * 1000;
  return new Date(wallClock - VIETNAM_OFFSET_MS);
}

function realClockTime(hour: number, minute: number, second: number): ClockTime | null {
  return hour > 23 || minute > 59 || second > 59 ? null : { hour, minute, second };
}

/**
 * A Vietnam wall-clock time, read as such: "2022-12-21T16:42" (or with ":ss") as the old
 * <input type="datetime-local"> sent it, or "21/12/2022 16:42" (or with ":ss") as the
 * workspace's date and time fields send it.
 */
export function parseVietnamLocalDateTime(value: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) +(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  const [year, month, day, hour, minute, second] = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : vietnamese
      ? [vietnamese[3], vietnamese[2], vietnamese[1], vietnamese[4], vietnamese[5], vietnamese[6]]
      : [];
  if (year === undefined) return null;
  const calendarDay = realCalendarDay(Number(year), Number(month), Number(day));
  const time = realClockTime(Number(hour), Number(minute), Number(second ?? 0));
  return calendarDay && time ? vietnamInstant(calendarDay, time) : null;
}

/** What the date and time fields hold, read as a Vietnam time; empty fields mean "none". */
export type TypedDateTime = { ok: true; at: Date | null } | { ok: false; problem: string };

const DATE_EXAMPLE = "ví dụ 30/11/2026";
const TIME_EXAMPLE = "ví dụ 16:50";

// What a day or time field accepts, written once for the server's reading and the browser's
// `pattern` attribute. A browser compiles a pattern with the "v" flag (hence the escapes in the
// classes), one before Safari 17 and Chrome 112 with "u"; the source is the same in both. This file
// runs in the browser too, in browsers Next serves from Safari 16.4 on, so it compiles with "u":
// a "v" here would throw there and take the editor's script with it. A
// phone's number pad has no "/" or ":" (iOS's has none at all), so beside "30/11/2026" and "16:50"
// a field takes the separator the pad offers ("30.11.2026", "30,11,2026", "16,50"), "30-11-2026",
// the digits alone ("30112026", "1650") and the Vietnamese "16h50" or "16g50".
const DAY_SEPARATED = String.raw`(\d{1,2})\s*[\/.,\-\s]\s*(\d{1,2})\s*[\/.,\-\s]\s*(\d{4})`;
const DAY_DIGITS = String.raw`(\d{2})(\d{2})(\d{4})`;
const TIME_SEPARATED = String.raw`(\d{1,2})\s*[:.,hHgG\s]\s*(\d{2})(?:\s*:\s*(\d{2}))?`;
const TIME_HOUR = String.raw`(\d{1,2})\s*[hHgG]`;
const TIME_DIGITS = String.raw`(\d{1,2})(\d{2})`;
const whole = (source: string) => new RegExp(`^(?:${source})$`, "u");
/** A day field's `pattern`: what readTypedDate reads, so the browser stops only what the server would refuse as a form. */
export const TYPED_DATE_PATTERN = `${DAY_SEPARATED}|${DAY_DIGITS}`;
/** A time field's `pattern`, the same for readTypedDateTime's time. */
export const TYPED_TIME_PATTERN = `${TIME_SEPARATED}|${TIME_HOUR}|${TIME_DIGITS}`;
const typedDay = [whole(DAY_SEPARATED), whole(DAY_DIGITS)];
const typedTime = [whole(TIME_SEPARATED), whole(TIME_HOUR), whole(TIME_DIGITS)];
const firstMatch = (forms: RegExp[], text: string) => forms.map((form) => form.exec(text)).find((match) => match !== null) ?? null;

/** "30/11/2026" typed into a field (or "30.11.2026", "30112026"…) → that day; a clear Vietnamese problem when it is not one. */
export function readTypedDate(text: string): { ok: true; day: CalendarDay } | { ok: false; problem: string } {
  const match = firstMatch(typedDay, text.trim());
  if (!match) return { ok: false, problem: `Ngày viết theo dạng ngày/tháng/năm (dd/mm/yyyy), ${DATE_EXAMPLE}.` };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const real = realCalendarDay(year, month, day);
  if (real) return { ok: true, day: real };
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: `Năm ${year} không hợp lệ: hãy nhập năm từ ${MIN_YEAR} đến ${MAX_YEAR}.` };
  if (month < 1 || month > 12) return { ok: false, problem: `Không có tháng ${month}: tháng từ 1 đến 12.` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { ok: false, problem: `Không có ngày ${pad(day)}/${pad(month)}/${year}: tháng ${month} năm ${year} có ${daysInMonth} ngày.` };
}

/** A day from a filter's address: "30/11/2026" as typed, or "2026-11-30" as older links wrote it. */
export function readDayFilter(text: string): { ok: true; day: CalendarDay | null } | { ok: false; problem: string } {
  const value = text.trim();
  if (value === "") return { ok: true, day: null };
  const fromKey = parseDayKey(value);
  if (fromKey) return { ok: true, day: fromKey };
  const typed = readTypedDate(value);
  return typed.ok ? { ok: true, day: typed.day } : typed;
}

/** A day field's text as shown back to the person: "2022-12-21", "1/1/2020" or "01012020" → "21/12/2022", "01/01/2020"; anything else as typed. */
export function dayFieldText(value: string): string {
  const read = readDayFilter(value);
  return read.ok && read.day ? formatCalendarDay(read.day) : value;
}

function readTypedTime(text: string): { ok: true; time: ClockTime } | { ok: false; problem: string } {
  const match = firstMatch(typedTime, text.trim());
  if (!match) return { ok: false, problem: `Giờ viết theo dạng giờ:phút, 24 giờ (HH:mm), ${TIME_EXAMPLE}.` };
  const [hour, minute, second] = [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
  const time = realClockTime(hour, minute, second);
  return time ? { ok: true, time } : { ok: false, problem: `Không có giờ ${clockText({ hour, minute, second })}: giờ từ 00:00 đến 23:59.` };
}

const clockText = ({ hour, minute, second }: ClockTime) => `${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ""}`;

/** A time field's text as shown back, dayFieldText's twin: "7h05", "7,05" or "705" → "07:05"; anything else as typed. */
export function timeFieldText(text: string): string {
  const read = readTypedTime(text);
  return read.ok ? clockText(read.time) : text;
}

/** The two fields "30/11/2026" and "16:50" → 2026-11-30T09:50Z; both empty → no time. */
export function readTypedDateTime(dateText: string, timeText: string): TypedDateTime {
  const [date, time] = [dateText.trim(), timeText.trim()];
  if (date === "" && time === "") return { ok: true, at: null };
  if (date === "") return { ok: false, problem: `Hãy nhập cả ngày (dd/mm/yyyy), ${DATE_EXAMPLE}.` };
  if (time === "") return { ok: false, problem: `Hãy nhập cả giờ (HH:mm), ${TIME_EXAMPLE}.` };
  const day = readTypedDate(date);
  if (!day.ok) return day;
  const clock = readTypedTime(time);
  if (!clock.ok) return clock;
  return { ok: true, at: vietnamInstant(day.day, clock.time) };
}

/** 2026-11-30T09:50Z → { date: "30/11/2026", time: "16:50" }, what the fields show. */
export function toVietnamDateTimeText(date: Date): { date: string; time: string } {
  const clock = vietnamClock(date);
  return { date: formatCalendarDay(clock), time: formatTime(clock) };
}

/** 2026-11-30T09:50Z → "Thứ Hai, 30/11/2026 lúc 16:50, giờ Việt Nam": the chosen time in words. */
export function formatVietnamTimeInWords(date: Date): string {
  const clock = vietnamClock(date);
  return `${weekdayName(clock)}, ${formatCalendarDay(clock)} lúc ${formatTime(clock)}, giờ Việt Nam`;
}

/** The value a datetime-local input needs to show this instant in Vietnam time: "2022-12-21T16:42". */
export function toVietnamLocalDateTimeInput(date: Date): string {
  const clock = vietnamClock(date);
  return `${dayKey(clock)}T${formatTime(clock)}`;
}
