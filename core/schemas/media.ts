import { z } from "./zod";

// An image's words in the library: its description (the alt text readers' screen readers speak)
// and who took it or where it comes from. Both may be empty; the upload already keeps 300
// characters of a description, so the form allows as many.
export const MAX_MEDIA_ALT_CHARS = 300;
export const MAX_MEDIA_CREDIT_CHARS = 150;

// A line break or a control character in an alt text or a byline is a paste accident.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

export const mediaDetailsSchema = z.object({
  alt: z.string().transform(oneLine).pipe(z.string().max(MAX_MEDIA_ALT_CHARS, { error: `Mô tả ảnh dài quá ${MAX_MEDIA_ALT_CHARS} ký tự.` })),
  credit: z.string().transform(oneLine).pipe(z.string().max(MAX_MEDIA_CREDIT_CHARS, { error: `Nguồn ảnh / tác giả dài quá ${MAX_MEDIA_CREDIT_CHARS} ký tự.` })),
});

export type MediaDetails = z.output<typeof mediaDetailsSchema>;
