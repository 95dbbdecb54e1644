import type { FieldErrors } from "./action-result";

/** What a form is told when it points at something deleted since it was opened (or never there). */
export const missingReferenceMessages = {
  categoryId: "Chuyên mục này không còn: hãy chọn chuyên mục khác.",
  unitId: "Đơn vị này không còn: hãy chọn đơn vị khác.",
  coverMediaId: "Ảnh đại diện này không còn trong thư viện: hãy chọn ảnh khác.",
  seriesId: "Loạt bài này không còn: hãy chọn loạt bài khác.",
} as const;

export type ReferenceField = keyof typeof missingReferenceMessages;

export function missingReferenceErrors(fields: readonly ReferenceField[]): FieldErrors {
  return Object.fromEntries(fields.map((field) => [field, [missingReferenceMessages[field]]]));
}
