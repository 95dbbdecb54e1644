import { isWellFormedSlug, slugify } from "../slug";
import { parseYouTubeLink, type YouTubeVideo } from "../youtube";
import { optionalId, requiredDay, trimmedText } from "./form-values";
import { z } from "./zod";

/** The YouTube link as pasted: read into a video id and start time, or the reason it is refused. */
const youTubeLink = z.string().transform((value, context): YouTubeVideo => {
  const read = parseYouTubeLink(value);
  if (read.ok) return read.video;
  context.addIssue({ code: "custom", message: read.message });
  return z.NEVER;
});

/** What the video form sends (issue 16, item 4). */
export const videoSchema = z
  .object({
    title: trimmedText(200, "Tiêu đề").pipe(z.string().min(1, { error: "Hãy nhập tiêu đề video." })),
    link: youTubeLink,
    takenOn: requiredDay("ngày của video"),
    unitId: optionalId("Đơn vị không hợp lệ: hãy chọn lại."),
    description: trimmedText(2000, "Phần mô tả"),
    slug: trimmedText(120, "Đường dẫn").refine((value) => value === "" || isWellFormedSlug(value), {
      error: "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: dai-hoi-cong-doan-2026.",
    }),
  })
  .transform((input) => ({ ...input, slug: input.slug || slugify(input.title) }));

export type VideoInput = z.infer<typeof videoSchema>;
