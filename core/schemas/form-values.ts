import { MAX_RECORD_ID } from "../record-id";
import { type CalendarDay, readTypedDate } from "../vi-date";
import { z } from "./zod";

// Form fields arrive as strings; an empty field means "not given". Every way a value can be wrong
// (not a number, a fraction, zero) gets the one message the field's label calls for.

const blankAs = (empty: null | undefined) => (value: unknown) => (value === "" || value === null || value === undefined ? empty : value);

/** A number that can be a row's id (core/record-id.ts); any other value gets `message`. */
const recordId = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message }).max(MAX_RECORD_ID, { error: message });

/** An id picked from a list that may be left empty: "" → null. */
export const optionalId = (message: string) =>
  z.preprocess(blankAs(null), recordId(message).nullable());

/** An id that must be picked: "" → the field's message. */
export const requiredId = (message: string) =>
  z.preprocess(blankAs(undefined), recordId(message));

/** A text field, trimmed, at most `max` characters. */
export const trimmedText = (max: number, label: string) =>
  z
    .string()
    .max(max, { error: `${label} dài quá ${max.toLocaleString("vi-VN")} ký tự.` })
    .transform((value) => value.trim());

const capitalised = (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)}`;

/** A day typed as dd/mm/yyyy; "" is no day. */
export const optionalDay = (label: string) =>
  z.string().transform((value, context): CalendarDay | null => {
    if (value.trim() === "") return null;
    const read = readTypedDate(value);
    if (read.ok) return read.day;
    context.addIssue({ code: "custom", message: `“${capitalised(label)}”: ${read.problem}` });
    return z.NEVER;
  });

/** A day that must be typed, as dd/mm/yyyy; `label` names it in the messages ("ngày ban hành"). */
export const requiredDay = (label: string) =>
  z.string().transform((value, context): CalendarDay => {
    if (value.trim() === "") {
      context.addIssue({ code: "custom", message: `Hãy nhập ${label} (dd/mm/yyyy).` });
      return z.NEVER;
    }
    const read = readTypedDate(value);
    if (read.ok) return read.day;
    context.addIssue({ code: "custom", message: `“${capitalised(label)}”: ${read.problem}` });
    return z.NEVER;
  });
