// The id of one of our rows as a request carries it: in an address (/quan-tri/bai-viet/12), a query
// string (?chuyen-muc=3), a form field or a JSON body. One rule for all of them, so that no request
// can name a row the database could not even look for.

/**
 * The largest id a row of ours can have: PostgreSQL's `integer` (db/schema-postgres.ts). SQLite would
 * hold larger ones, but both dialects keep to one range. A larger number in a query makes PostgreSQL
 * fail ("out of range for type integer") instead of finding nothing.
 */
export const MAX_RECORD_ID = 2_147_483_647;

const DIGITS = /^[1-9]\d{0,9}$/;

/** A number that can be a row's id: a whole number from 1 to MAX_RECORD_ID. */
export function isRecordId(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_RECORD_ID;
}

/** An id written in digits ("12": no sign, no leading zero, no spaces), or null for anything else. */
export function recordIdFrom(text: unknown): number | null {
  if (typeof text !== "string" || !DIGITS.test(text)) return null;
  const id = Number(text);
  return id <= MAX_RECORD_ID ? id : null;
}
