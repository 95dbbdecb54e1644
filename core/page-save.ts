import type { SaveOutcome } from "./editor-save";
import type { PageStatus } from "./schemas/page";

/** What the page editor asks for: a save, or a save followed by publishing or taking the page down. */
export const pageIntents = ["save", "autosave", "publish", "unpublish"] as const;
export type PageIntent = (typeof pageIntents)[number];

/**
 * What readers see change: nothing (a draft), the page itself (its text), or also what lists the
 * pages on every page (the footer, the menu, breadcrumbs), when a page appears, goes, is renamed,
 * moves or changes address. server/cache-tags.ts expires the cached pages accordingly.
 */
export type PublicChange = "none" | "page" | "chrome";

export type PageSaveSuccess = { pageId: number; version: number; slug: string; status: PageStatus; savedAt: string; publicChange: PublicChange };
export type PageSaveResult = SaveOutcome<PageSaveSuccess>;
