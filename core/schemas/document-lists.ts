import { z } from "./zod";

/** A form's or an outside issuing body's name, as the list page sends it. */
export const documentListNameSchema = z
  .string()
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, { error: "Hãy nhập tên." }).max(200, { error: "Tên dài quá 200 ký tự." }));
