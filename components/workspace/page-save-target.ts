import { editedPage } from "@/core/editor-save";
import type { PageEditorFields } from "./page-editor-types";
import type { SaveTarget } from "./use-editor-saving";

/** How the editor saves a page: its fields as the save action and the autosave route read them. */
export const pageSaveTarget: SaveTarget<PageEditorFields, "pageId"> = {
  thing: editedPage,
  idName: "pageId",
  editPath: (id) => `/quan-tri/trang/${id}`,
  autosavePath: "/api/trang/tu-dong-luu",
  values: (fields) => ({
    title: fields.title,
    slug: fields.slug,
    summary: fields.summary,
    bodyHtml: fields.bodyHtml,
    parentId: fields.parentId ? String(fields.parentId) : "",
    lang: fields.lang,
    showContacts: fields.showContacts ? "on" : "",
  }),
};
