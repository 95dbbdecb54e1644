import type { ActionFailure, ActionResult } from "./action-result";
import type { ArticleStatus } from "./permissions";

/** What the article editor asks for: a save, or a save followed by a workflow step. */
export const saveIntents = ["save", "autosave", "submit", "publish", "unpublish", "return"] as const;
export type SaveIntent = (typeof saveIntents)[number];

/** The version that won when two people saved the same article. */
export type ConflictInfo = { version: number; title: string; summary: string; bodyHtml: string; updatedByName: string | null; updatedAt: string };

export type SaveSuccess = { articleId: number; version: number; slug: string; status: ArticleStatus; publishedAt: string | null; savedAt: string };

export type SaveResult = ActionResult<SaveSuccess> | (ActionFailure & { conflict: ConflictInfo });
