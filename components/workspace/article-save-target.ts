import { editedArticle } from "@/core/editor-save";
import type { EditorFields } from "./article-editor-types";
import type { SaveTarget } from "./use-editor-saving";

/** How the editor saves an article: its fields as the save action and the autosave route read them. */
export const articleSaveTarget: SaveTarget<EditorFields, "articleId"> = {
  thing: editedArticle,
  idName: "articleId",
  editPath: (id) => `/quan-tri/bai-viet/${id}`,
  autosavePath: "/api/bai-viet/tu-dong-luu",
  values: (fields) => ({
    title: fields.title,
    slug: fields.slug,
    summary: fields.summary,
    bodyHtml: fields.bodyHtml,
    coverMediaId: fields.coverMediaId ? String(fields.coverMediaId) : "",
    coverCaption: fields.coverCaption,
    byline: fields.byline,
    categoryId: String(fields.categoryId),
    unitId: String(fields.unitId),
    seriesId: fields.seriesId ? String(fields.seriesId) : "",
    seriesPart: fields.seriesPart ? String(fields.seriesPart) : "",
    isFeatured: fields.isFeatured ? "on" : "",
    documentIds: fields.documents.map((document) => document.id).join(","),
    albumId: fields.album ? String(fields.album.id) : "",
  }),
};
