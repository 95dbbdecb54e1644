import { editedArticle, fixMarkedFields, type SaveOutcome } from "./editor-save";
import type { ArticleStatus } from "./permissions";

/** What the article editor asks for: a save, or a save followed by a workflow step. */
export const saveIntents = ["save", "autosave", "submit", "publish", "unpublish", "return"] as const;
export type SaveIntent = (typeof saveIntents)[number];

export type SaveSuccess = { articleId: number; version: number; slug: string; status: ArticleStatus; publishedAt: string | null; savedAt: string };

export type SaveResult = SaveOutcome<SaveSuccess>;

/** Said with the marked fields when a save is refused for its content, by the server or before sending. */
export const FIX_MARKED_FIELDS = fixMarkedFields(editedArticle);
