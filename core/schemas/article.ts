import { optionalId, requiredId } from "./form-values";
import { z } from "./zod";
import { isWellFormedSlug } from "../slug";
import { parseVietnamLocalDateTime } from "../vi-date";

const text = (max: number, label: string) =>
  z
    .string()
    .max(max, { error: `${label} dài quá ${max.toLocaleString("vi-VN")} ký tự.` })
    .transform((value) => value.trim());

/** What the article editor sends on every save (and autosave). Drafts may be unfinished. */
export const articleDraftSchema = z
  .object({
    title: text(300, "Tiêu đề"),
    slug: text(120, "Đường dẫn").refine((value) => value === "" || isWellFormedSlug(value), {
      error: "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: hoi-nghi-tong-ket-2024.",
    }),
    summary: text(1000, "Tóm tắt"),
    bodyHtml: z.string().max(500_000, { error: "Nội dung quá dài để lưu một lần." }),
    coverMediaId: optionalId("Hãy chọn lại ảnh đại diện."),
    coverCaption: text(300, "Chú thích ảnh đại diện"),
    byline: text(200, "Tác giả"),
    categoryId: requiredId("Hãy chọn chuyên mục."),
    unitId: requiredId("Hãy chọn đơn vị."),
    seriesId: optionalId("Hãy chọn lại loạt bài."),
    seriesPart: optionalId("Số kỳ là một số nguyên dương, ví dụ 2."),
    isFeatured: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  })
  .refine((input) => input.seriesId === null || input.seriesPart !== null, {
    error: "Bài thuộc loạt bài cần có số kỳ.",
    path: ["seriesPart"],
  });

export type ArticleDraftInput = z.infer<typeof articleDraftSchema>;

/** Sending for review or publishing needs a finished article. */
export function problemsBeforeReview(input: Pick<ArticleDraftInput, "title">): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (input.title.length < 5) problems.title = ["Bài cần có tiêu đề (ít nhất 5 ký tự) trước khi gửi duyệt hoặc xuất bản."];
  return problems;
}

/** "YYYY-MM-DDTHH:mm" in Vietnam time, or empty for "now". */
export const publishTimeSchema = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === "") return null;
    const date = parseVietnamLocalDateTime(value);
    if (!date) {
      context.addIssue({ code: "custom", message: "Thời gian đăng không hợp lệ. Hãy chọn ngày và giờ, ví dụ 21/12/2022 16:42." });
      return z.NEVER;
    }
    return date;
  });

export const reviewCommentSchema = z
  .string()
  .trim()
  .min(1, { error: "Hãy ghi nhận xét để tác giả biết cần sửa gì." })
  .max(2000, { error: "Nhận xét dài quá 2.000 ký tự." });
