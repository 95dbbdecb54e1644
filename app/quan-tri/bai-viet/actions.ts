"use server";

import { saveIntents, type SaveIntent } from "@/core/article-save";
import { deleteArticleCommand, restoreRevisionCommand, saveArticleCommand } from "@/server/article-commands";
import { defineAction, field, idField } from "@/server/action";
import { failure } from "@/core/action-result";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";

const articleFields = ["title", "slug", "summary", "bodyHtml", "coverMediaId", "coverCaption", "byline", "categoryId", "unitId", "seriesId", "seriesPart", "isFeatured"];

/** Save, autosave, send for review, publish or schedule, take down, or send back: one form, one action. */
export const saveArticleAction = defineAction(async (user, formData) => {
  const intent = field(formData, "intent");
  if (!saveIntents.includes(intent as SaveIntent)) return failure("Thao tác không hợp lệ.");
  return saveArticleCommand(getDatabase(), user, {
    articleId: idField(formData, "articleId"),
    baseVersion: idField(formData, "baseVersion"),
    intent: intent as SaveIntent,
    fields: Object.fromEntries(articleFields.map((name) => [name, field(formData, name)])),
    publishAt: field(formData, "publishAt"),
    comment: field(formData, "comment"),
    ip: await requestIp(),
  });
});

export const restoreRevisionAction = defineAction((user, formData) => {
  const articleId = idField(formData, "articleId");
  const revisionId = idField(formData, "revisionId");
  const baseVersion = idField(formData, "baseVersion");
  if (!articleId || !revisionId || !baseVersion) return failure("Yêu cầu khôi phục không hợp lệ.");
  return restoreRevisionCommand(getDatabase(), user, { articleId, revisionId, baseVersion });
});

export const deleteArticleAction = defineAction(async (user, formData) => {
  const articleId = idField(formData, "articleId");
  if (!articleId) return failure("Yêu cầu xóa không hợp lệ.");
  return deleteArticleCommand(getDatabase(), user, articleId, await requestIp());
});
