import type { ActionFailure, ActionResult } from "./action-result";
import type { ArticleStatus } from "./permissions";
import { MAX_ACTION_BODY_BYTES } from "./request-limits";
import { formatByteLimit, formatMegabytes } from "./vi-number";

/** What the article editor asks for: a save, or a save followed by a workflow step. */
export const saveIntents = ["save", "autosave", "submit", "publish", "unpublish", "return"] as const;
export type SaveIntent = (typeof saveIntents)[number];

/** The version that won when two people saved the same article. */
export type ConflictInfo = { version: number; title: string; summary: string; bodyHtml: string; updatedByName: string | null; updatedAt: string };

export type SaveSuccess = { articleId: number; version: number; slug: string; status: ArticleStatus; publishedAt: string | null; savedAt: string };

export type SaveResult = ActionResult<SaveSuccess> | (ActionFailure & { conflict: ConflictInfo });

/** Said with the marked fields when a save is refused for its content, by the server or before sending. */
export const FIX_MARKED_FIELDS = "Bài chưa lưu được: hãy sửa các mục được đánh dấu. Nội dung bạn viết vẫn còn nguyên trên trang.";

const utf8 = new TextEncoder();

/**
 * Why a save's fields are too large to send, or null. They are counted as UTF-8, as they travel:
 * a Vietnamese letter such as "ộ" is 3 bytes, so 2 MB can be far fewer than 2 million letters.
 */
export function saveSizeProblem(values: Record<string, string>): string | null {
  let bytes = 0;
  for (const [name, value] of Object.entries(values)) bytes += utf8.encode(name).length + utf8.encode(value).length;
  if (bytes <= MAX_ACTION_BODY_BYTES) return null;
  // Rounded up to the tenth: just over the limit reads "2,1 MB", never "2,0 MB, over 2 MB".
  const tenth = (1024 * 1024) / 10;
  return `Bài nặng ${formatMegabytes(Math.ceil(bytes / tenth) * tenth)}, vượt quá giới hạn ${formatByteLimit(MAX_ACTION_BODY_BYTES)} của một lần lưu nên chưa được gửi đi. Hãy rút bớt nội dung hoặc chia thành loạt bài nhiều kỳ.`;
}
