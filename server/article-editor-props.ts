import "server-only";
import type { EditorArticle, EditorLinks, EditorOptions, EditorPermissions } from "@/components/workspace/article-editor-types";
import { allowedActions, articleStatuses, type ArticleStatus } from "@/core/permissions";
import { toVietnamDateTimeText } from "@/core/vi-date";
import { articleLinkChoices } from "@/db/queries/article-links";
import { listCategories, listUnits } from "@/db/queries/taxonomy";
import { listSeries, type EditableArticle } from "@/db/queries/workspace-articles";
import { getDatabase } from "./database";
import type { CurrentUser } from "./session";

/** Everything the editor page hands to the client component, mapped to plain fields. */
export async function articleEditorProps(user: CurrentUser, article: EditableArticle | null) {
  const db = getDatabase();
  const options: EditorOptions = {
    categories: (await listCategories(db)).map(({ id, name }) => ({ id, name })),
    units: (await listUnits(db)).map(({ id, name }) => ({ id, name })),
    series: await listSeries(db),
  };
  const actor = { id: user.id, role: user.role, isActive: user.isActive };
  // For every status, so the buttons change at once when a click moves the article on.
  const permissionsAt = (status: ArticleStatus) => editorPermissions(user, new Set(allowedActions(actor, { createdBy: article?.createdBy ?? user.id, status })));
  const permissions = Object.fromEntries(articleStatuses.map((status) => [status, permissionsAt(status)])) as Record<ArticleStatus, EditorPermissions>;
  const editorArticle: EditorArticle | null = article && toEditorArticle(article, await articleLinkChoices(db, article.id));

  const defaults = { categoryId: options.categories[0]?.id ?? 0, unitId: user.unitId ?? options.units[0]?.id ?? 0 };
  return { article: editorArticle, options, permissions, defaults, canEdit: permissionsAt(article?.status ?? "draft").canEdit };
}

function editorPermissions(user: CurrentUser, allowed: Set<string>): EditorPermissions {
  return {
    canEdit: allowed.has("edit"),
    // Whoever may publish has no one to send the article to: "Gửi duyệt" is for contributors.
    canSubmit: allowed.has("submit") && !allowed.has("publish"),
    canPublish: allowed.has("publish"),
    canUnpublish: allowed.has("unpublish"),
    canReturn: allowed.has("return"),
    canDelete: allowed.has("delete"),
    canFeature: allowed.has("feature"),
    canViewHistory: allowed.has("viewHistory"),
    canChooseUnit: user.role !== "contributor" || !user.unitId,
  };
}

/** Dates become strings for the client; who last saved stays on the server. */
function toEditorArticle(article: EditableArticle, links: EditorLinks): EditorArticle {
  const { createdBy: _createdBy, updatedAt: _updatedAt, updatedByName: _updatedByName, publishedAt, ...fields } = article;
  return {
    ...fields,
    ...links,
    publishedAt: publishedAt?.toISOString() ?? null,
    publishAtText: publishedAt ? toVietnamDateTimeText(publishedAt) : { date: "", time: "" },
  };
}
