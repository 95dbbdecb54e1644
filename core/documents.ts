// The documents register ("Văn bản", issue 16): the rules that need no database. A document has a
// form (Kế hoạch, Quyết định…: an editable list, which the migration starts with nine), a number
// and symbol ("47/KH-LĐLĐ"), the days it was issued, came into force and (perhaps) ceased, and a
// status that readers see.
import type { FieldErrors } from "./action-result";
import { type CalendarDay, dayKey, formatCalendarDay } from "./vi-date";
import { withoutMarks } from "./search-text";

export const documentStatuses = ["in-force", "expired"] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
export const documentStatusLabels: Record<DocumentStatus, string> = { "in-force": "Còn hiệu lực", expired: "Hết hiệu lực" };

/**
 * A number and symbol as the register compares it: no tone marks, đ → d, lower case, no spaces.
 * "47/KH-LĐLĐ" → "47/kh-ldld"; "47 / KH" → "47/kh".
 */
export function documentNumberKey(text: string): string {
  return withoutMarks(text).replace(/\s+/g, "");
}

// A query may start where the number starts or after one of its separators: "KH" finds
// "47/KH-LĐLĐ", but "7/KH" does not find "47/KH-LĐLĐ".
const NUMBER_SEPARATORS = ["/", "-", ".", "_"] as const;

/** Whether what a reader typed ("47/KH", "kh-ldld") is a part of the number that starts at a boundary. */
export function documentNumberMatches(number: string, query: string): boolean {
  const wanted = documentNumberKey(query);
  if (wanted === "") return false;
  const key = documentNumberKey(number);
  if (key.startsWith(wanted)) return true;
  return NUMBER_SEPARATORS.some((separator) => key.includes(`${separator}${wanted}`));
}

/** The LIKE patterns (on documentNumberKey) that say the same as documentNumberMatches: "47/kh%", "%/47/kh%"… */
export function documentNumberPatterns(query: string): string[] {
  const wanted = documentNumberKey(query).replace(/[%_\\]/g, (c) => `\\${c}`);
  if (wanted === "") return [];
  return [`${wanted}%`, ...NUMBER_SEPARATORS.map((separator) => `%${separator === "_" ? "\\_" : separator}${wanted}%`)];
}

export type DocumentDays = { issuedOn: CalendarDay; inForceOn: CalendarDay | null; ceasesOn: CalendarDay | null };

/** The dates' problems by field: in force not before issued, ceasing after coming into force. */
export function documentDayProblems({ issuedOn, inForceOn, ceasesOn }: DocumentDays): FieldErrors {
  const problems: FieldErrors = {};
  if (inForceOn && dayKey(inForceOn) < dayKey(issuedOn)) {
    problems.inForceOn = [`Ngày có hiệu lực không thể trước ngày ban hành (${formatCalendarDay(issuedOn)}).`];
  }
  const start = inForceOn ?? issuedOn;
  if (ceasesOn && dayKey(ceasesOn) <= dayKey(start)) {
    problems.ceasesOn = [`Ngày hết hiệu lực phải sau ngày ${inForceOn ? "có hiệu lực" : "ban hành"} (${formatCalendarDay(start)}).`];
  }
  return problems;
}

/**
 * What readers see: the status the editor set, except that a document whose day of ceasing has
 * come is out of force whatever was set.
 */
export function effectiveDocumentStatus(status: DocumentStatus, ceasesOn: CalendarDay | null, today: CalendarDay): DocumentStatus {
  if (status === "expired") return "expired";
  return ceasesOn && dayKey(ceasesOn) <= dayKey(today) ? "expired" : "in-force";
}

/** "47/KH", "KH-LĐLĐ": typed like a number and symbol (a letter or digit on each side of "/" or "-"). */
export function looksLikeDocumentNumber(query: string): boolean {
  return /[\p{L}\p{N}]\s*[/-]\s*[\p{L}\p{N}]/u.test(query);
}
