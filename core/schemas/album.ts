import { isWellFormedSlug, slugify } from "../slug";
import { optionalId, requiredDay, trimmedText } from "./form-values";
import { MAX_MEDIA_CREDIT_CHARS } from "./media";
import { z } from "./zod";

export const MAX_ALBUM_TITLE_CHARS = 200;
export const MAX_PHOTO_CAPTION_CHARS = 500;

/**
 * What the album form sends (issue 16): a title, the day of the event (dd/mm/yyyy, a Vietnam
 * calendar day), the unit whose event it is (may be left empty), a description and, if the editor
 * wants one, an address; otherwise the address comes from the title.
 */
export const albumSchema = z
  .object({
    title: trimmedText(MAX_ALBUM_TITLE_CHARS, "Tên album").pipe(z.string().min(1, { error: "Hãy nhập tên album." })),
    takenOn: requiredDay("ngày của album"),
    unitId: optionalId("Đơn vị không hợp lệ: hãy chọn lại."),
    description: trimmedText(2000, "Phần giới thiệu"),
    slug: trimmedText(120, "Đường dẫn").refine((value) => value === "" || isWellFormedSlug(value), {
      error: "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: dai-hoi-cong-doan-tinh-2023.",
    }),
  })
  .transform((input) => ({ ...input, slug: input.slug || slugify(input.title) }));

export type AlbumInput = z.output<typeof albumSchema>;

// A line break or a control character in a caption or a byline is a paste accident.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

/** One photo's caption (chú thích) and credit (nguồn ảnh / tác giả) in its album. */
export const albumPhotoTextSchema = z.object({
  caption: z.string().transform(oneLine).pipe(z.string().max(MAX_PHOTO_CAPTION_CHARS, { error: `Chú thích dài quá ${MAX_PHOTO_CAPTION_CHARS} ký tự.` })),
  credit: z.string().transform(oneLine).pipe(z.string().max(MAX_MEDIA_CREDIT_CHARS, { error: `Nguồn ảnh / tác giả dài quá ${MAX_MEDIA_CREDIT_CHARS} ký tự.` })),
});

export type AlbumPhotoText = z.output<typeof albumPhotoTextSchema>;
