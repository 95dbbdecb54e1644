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

/**
 * Where what a reader typed ("47/KH", "kh-ldld") may stand in a number's key: at its start, or
 * right after one of its separators. So "KH" finds "47/KH-LĐLĐ", and "7/KH" does not. Null when
 * nothing was typed.
 */
export function documentNumberQuery(query: string): { start: string; afterSeparator: string[] } | null {
  const wanted = documentNumberKey(query);
  if (wanted === "") return null;
  return { start: wanted, afterSeparator: ["/", "-", ".", "_"].map((separator) => `${separator}${wanted}`) };
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

/** How a document is named in titles, feeds and breadcrumbs: "Kế hoạch số 47/KH-LĐLĐ", or the form alone. */
export function documentTitle(document: { formName: string; number: string }): string {
  return document.number ? `${document.formName} số ${document.number}` : document.formName;
}
