import type { ActionFailure } from "@/core/action-result";
import type { PageSaveResult } from "@/core/page-save";
import type { PageLanguage, PageStatus } from "@/core/schemas/page";

/** The fields the page editor edits. */
export type PageEditorFields = { title: string; slug: string; summary: string; bodyHtml: string; parentId: number | null; lang: PageLanguage; showContacts: boolean };

/** What the editor page hands to the client: plain fields, never a database row. */
export type EditorPage = PageEditorFields & { id: number; version: number; status: PageStatus };

/** A page that may become the parent, indented by its depth in the tree. */
export type ParentOption = { id: number; title: string; depth: number };

/** The server action the editor calls, handed down by its page (components never import app/). */
export type PageEditorActions = { save: (formData: FormData) => Promise<PageSaveResult | ActionFailure> };
