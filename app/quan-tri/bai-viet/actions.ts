"use server";

import { saveIntents, type SaveIntent } from "@/core/article-save";
import { deleteArticleCommand, restoreRevisionCommand, saveArticleCommand } from "@/server/article-commands";
import { defineAction, field, idField } from "@/server/action";
import { concernsReaders, expireArticlePages } from "@/server/cache-tags";
import { failure } from "@/core/action-result";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";

const articleFields = ["title", "slug", "summary", "bodyHtml", "coverMediaId", "coverCaption", "byline", "categoryId", "unitId", "seriesId", "seriesPart", "isFeatured"];
// "Văn bản liên quan" and "Xem thêm ảnh": a form without them leaves the article's links as they are.
const linkFields = ["documentIds", "albumId"];

/** Save, autosave, send for review, publish or schedule, take down, or send back: one form, one action. */
export const saveArticleAction = defineAction(async (user, formData) => {
  const intent = field(formData, "intent");
  if (!saveIntents.includes(intent as SaveIntent)) return failure("Thao tác không hợp lệ.");
  const result = await saveArticleCommand(getDatabase(), user, {
    articleId: idField(formData, "articleId"),
    baseVersion: idField(formData, "baseVersion"),
    intent: intent as SaveIntent,
    fields: Object.fromEntries([...articleFields, ...linkFields.filter((name) => formData.has(name))].map((name) => [name, field(formData, name)])),
    publishAt: field(formData, "publishAt"),
    comment: field(formData, "comment"),
    ip: await requestIp(),
  });
  // What readers see change: the pages showing it, or every list when it entered, left or moved.
  if (result.ok) expireArticlePages(result.articleId, result.readers, "action");
  return result;
});

export const restoreRevisionAction = defineAction(async (user, formData) => {
  const articleId = idField(formData, "articleId");
  const revisionId = idField(formData, "revisionId");
  const baseVersion = idField(formData, "baseVersion");
  if (!articleId || !revisionId || !baseVersion) return failure("Yêu cầu khôi phục không hợp lệ.");
  const db = getDatabase();
  const result = await restoreRevisionCommand(db, user, { articleId, revisionId, baseVersion });
  // A revision may bring back another category, unit or series: every list, as a take-down.
  if (result.ok && await concernsReaders(db, articleId)) expireArticlePages(articleId, "listings", "action");
  return result;
});

export const deleteArticleAction = defineAction(async (user, formData) => {
  const articleId = idField(formData, "articleId");
  if (!articleId) return failure("Yêu cầu xóa không hợp lệ.");
  const db = getDatabase();
  const concernedReaders = await concernsReaders(db, articleId);
  const result = await deleteArticleCommand(db, user, articleId, await requestIp());
  if (result.ok && concernedReaders) expireArticlePages(articleId, "listings", "action");
  return result;
});
