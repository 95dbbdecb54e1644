import { optionalId } from "./form-values";
import { z } from "./zod";
import { isWellFormedSlug, slugify } from "../slug";

export const pageStatuses = ["draft", "published"] as const;
export type PageStatus = (typeof pageStatuses)[number];
export const pageStatusLabels: Record<PageStatus, string> = { draft: "Bản nháp", published: "Đã đăng" };

export const pageLanguages = ["vi", "en"] as const;
export type PageLanguage = (typeof pageLanguages)[number];
/** Each language named in itself, as a reader of it would look for it. */
export const pageLanguageNames: Record<PageLanguage, string> = { vi: "Tiếng Việt", en: "English" };

const text = (max: number, label: string) =>
  z
    .string()
    .max(max, { error: `${label} dài quá ${max.toLocaleString("vi-VN")} ký tự.` })
    .transform((value) => value.trim());

/**
 * What the page editor sends on every save (and autosave). A page always has a title: its address
 * is made from it when the slug is left empty. Whether the slug is free and the parent fits the
 * tree are decided against the other pages (server/page-commands.ts, core/page-tree.ts).
 */
export const pageSchema = z
  .object({
    title: text(200, "Tiêu đề").pipe(z.string().min(1, { error: "Hãy nhập tiêu đề trang." })),
    slug: text(120, "Đường dẫn").refine((value) => value === "" || isWellFormedSlug(value), {
      error: "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: lich-su-truyen-thong.",
    }),
    summary: text(1000, "Tóm tắt"),
    bodyHtml: z.string().max(500_000, { error: "Nội dung quá dài để lưu một lần." }),
    parentId: optionalId("Hãy chọn lại trang cha."),
    lang: z.enum(pageLanguages, { error: "Hãy chọn ngôn ngữ của trang: Tiếng Việt hoặc English." }),
    showContacts: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  })
  .transform((input) => ({ ...input, slug: input.slug || slugify(input.title) }));

export type PageInput = z.output<typeof pageSchema>;
