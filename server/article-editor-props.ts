import "server-only";
import type { EditorArticle, EditorOptions, EditorPermissions } from "@/components/workspace/article-editor-types";
import { allowedActions } from "@/core/permissions";
import { toVietnamDateTimeText } from "@/core/vi-date";
import { listCategories, listUnits } from "@/db/queries/taxonomy";
import { listSeries, type EditableArticle } from "@/db/queries/workspace-articles";
import { getDatabase } from "./database";
import type { CurrentUser } from "./session";

/** Everything the editor page hands to the client component, mapped to plain fields. */
export function articleEditorProps(user: CurrentUser, article: EditableArticle | null) {
  const db = getDatabase();
  const options: EditorOptions = {
    categories: listCategories(db).map(({ id, name }) => ({ id, name })),
    units: listUnits(db).map(({ id, name }) => ({ id, name })),
    series: listSeries(db),
  };
  const actor = { id: user.id, role: user.role, isActive: user.isActive };
  const allowed = new Set(allowedActions(actor, article ?? { createdBy: user.id, status: "draft" }));
  const permissions: EditorPermissions = {
    canSubmit: allowed.has("submit"),
    canPublish: allowed.has("publish"),
    canUnpublish: allowed.has("unpublish"),
    canReturn: allowed.has("return"),
    canDelete: allowed.has("delete"),
    canFeature: allowed.has("feature"),
    canViewHistory: allowed.has("viewHistory"),
    canChooseUnit: user.role !== "contributor" || !user.unitId,
  };
  const editorArticle: EditorArticle | null = article && toEditorArticle(article);

  const defaults = { categoryId: options.categories[0]?.id ?? 0, unitId: user.unitId ?? options.units[0]?.id ?? 0 };
  return { article: editorArticle, options, permissions, defaults, canEdit: allowed.has("edit") };
}

/** Dates become strings for the client; who last saved stays on the server. */
function toEditorArticle(article: EditableArticle): EditorArticle {
  const { createdBy: _createdBy, updatedAt: _updatedAt, updatedByName: _updatedByName, publishedAt, ...fields } = article;
  return {
    ...fields,
    publishedAt: publishedAt?.toISOString() ?? null,
    publishAtText: publishedAt ? toVietnamDateTimeText(publishedAt) : { date: "", time: "" },
  };
}
