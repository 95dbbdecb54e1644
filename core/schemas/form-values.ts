import { z } from "./zod";

// Form fields arrive as strings; an empty field means "not given". Every way a value can be wrong
// (not a number, a fraction, zero) gets the one message the field's label calls for.

const blankAs = (empty: null | undefined) => (value: unknown) => (value === "" || value === null || value === undefined ? empty : value);

/** An id picked from a list that may be left empty: "" → null. */
export const optionalId = (message: string) =>
  z.preprocess(blankAs(null), z.coerce.number({ error: message }).int({ error: message }).positive({ error: message }).nullable());

/** An id that must be picked: "" → the field's message. */
export const requiredId = (message: string) =>
  z.preprocess(blankAs(undefined), z.coerce.number({ error: message }).int({ error: message }).positive({ error: message }));
