import type { ActionFailure, ActionResult } from "./action-result";
import { MAX_ACTION_BODY_BYTES } from "./request-limits";
import { formatByteLimit, formatMegabytes } from "./vi-number";

// What the article editor and the page editor share when they save: the messages that name what
// is saved, the version that won a conflict, the size check made before sending, and when an
// autosave updates the last revision instead of adding one.

/** How the editor's messages name what it edits, and how to make it smaller when it is too large. */
export type EditedThing = { noun: "bài" | "trang"; shrinkAdvice: string };

export const editedArticle: EditedThing = { noun: "bài", shrinkAdvice: "Hãy rút bớt nội dung hoặc chia thành loạt bài nhiều kỳ." };
export const editedPage: EditedThing = { noun: "trang", shrinkAdvice: "Hãy rút bớt nội dung hoặc tách một phần thành trang con." };

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The version that won when two people saved the same article or page. */
export type ConflictInfo = { version: number; title: string; summary: string; bodyHtml: string; updatedByName: string | null; updatedAt: string };

/** A save's answer: what was saved, or why not, with the winning version when someone saved first. */
export type SaveOutcome<T extends object> = ActionResult<T> | (ActionFailure & { conflict: ConflictInfo });

/** Said with the marked fields when a save is refused for its content, by the server or before sending. */
export function fixMarkedFields(thing: EditedThing): string {
  return `${capitalised(thing.noun)} chưa lưu được: hãy sửa các mục được đánh dấu. Nội dung bạn viết vẫn còn nguyên trên trang.`;
}

const utf8 = new TextEncoder();

/**
 * Why a save's fields are too large to send, or null. They are counted as UTF-8, as they travel:
 * a Vietnamese letter such as "ộ" is 3 bytes, so 2 MB can be far fewer than 2 million letters.
 */
export function saveSizeProblem(values: Record<string, string>, thing: EditedThing): string | null {
  let bytes = 0;
  for (const [name, value] of Object.entries(values)) bytes += utf8.encode(name).length + utf8.encode(value).length;
  if (bytes <= MAX_ACTION_BODY_BYTES) return null;
  // Rounded up to the tenth: just over the limit reads "2,1 MB", never "2,0 MB, over 2 MB".
  const tenth = (1024 * 1024) / 10;
  return `${capitalised(thing.noun)} nặng ${formatMegabytes(Math.ceil(bytes / tenth) * tenth)}, vượt quá giới hạn ${formatByteLimit(MAX_ACTION_BODY_BYTES)} của một lần lưu nên chưa được gửi đi. ${thing.shrinkAdvice}`;
}

/** "import": the one revision an article brought from an old portal starts with (issue 17). */
export const revisionKinds = ["save", "autosave", "restore", "import"] as const;
export type RevisionKind = (typeof revisionKinds)[number];

// Autosaves by the same person within this time update one revision instead of adding many.
const AUTOSAVE_FOLD_MS = 10 * 60 * 1000;

/** Whether a new revision replaces the last one: both autosaves, by the same person, minutes apart. */
export function foldsIntoLastRevision(
  last: { kind: RevisionKind; savedBy: number | null; savedAt: Date } | undefined,
  next: { kind: RevisionKind; savedBy: number; savedAt: Date },
): boolean {
  return next.kind === "autosave" && last?.kind === "autosave" && last.savedBy === next.savedBy && next.savedAt.getTime() - last.savedAt.getTime() < AUTOSAVE_FOLD_MS;
}
