import { optionalId } from "./form-values";
import { z } from "./zod";
import { isWellFormedSlug, slugify } from "../slug";

const name = z.string().trim().min(2, { error: "Hãy nhập tên (ít nhất 2 ký tự)." }).max(150, { error: "Tên dài quá 150 ký tự." });

/** Left empty, the slug is made from the name; typed, it must already be a slug. */
const slug = z
  .string()
  .trim()
  .max(80, { error: "Đường dẫn dài quá 80 ký tự." })
  .refine((value) => value === "" || isWellFormedSlug(value), { error: "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: tin-hoat-dong." });

export const categorySchema = z.object({ name, slug }).transform((input) => ({ name: input.name, slug: input.slug || slugify(input.name) }));

export const unitSchema = z
  .object({
    name,
    shortName: z.string().trim().max(60, { error: "Tên viết tắt dài quá 60 ký tự." }),
    slug,
    parentId: optionalId("Hãy chọn lại đơn vị cấp trên."),
  })
  .transform((input) => ({ name: input.name, shortName: input.shortName || input.name, slug: input.slug || slugify(input.name), parentId: input.parentId }));

export type CategoryInput = z.output<typeof categorySchema>;
export type UnitInput = z.output<typeof unitSchema>;
