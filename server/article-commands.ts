// The article mutations, independent of Next: each checks who asks, whether they may, and the
// input, then writes in one transaction. Server actions call these; tests call them directly.
import { can, canCreateArticle, type ArticleAction, type ArticleStatus } from "@/core/permissions";
import { sanitizeArticleHtml } from "@/core/sanitize";
import { articleDraftSchema, problemsBeforeReview, publishTimeSchema, reviewCommentSchema } from "@/core/schemas/article";
import { slugify, uniqueSlug } from "@/core/slug";
import { formatArticleDateTime, formatShortDateTime } from "@/core/vi-date";
import { statusAfter, type WorkflowAction } from "@/core/workflow";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import {
  changeArticleStatus,
  createArticle,
  deleteArticle,
  saveArticleContent,
  takenSlugs,
  type ArticleContent,
  type StatusChange,
} from "@/db/queries/article-writes";
import { categoryById, unitById } from "@/db/queries/taxonomy-admin";
import { editableArticle, revisionOfArticle, type EditableArticle } from "@/db/queries/workspace-articles";
import type { SessionUser } from "@/db/queries/users";
import { failure, fieldErrorsOf, type ActionResult } from "@/core/action-result";
import { FIX_MARKED_FIELDS, type ConflictInfo, type SaveIntent, type SaveResult } from "@/core/article-save";

export type SaveRequest = {
  articleId: number | null;
  baseVersion: number | null;
  intent: SaveIntent;
  fields: Record<string, unknown>;
  publishAt?: string;
  comment?: string;
  /** For the audit log of publications. */
  ip?: string;
};


const refusals: Record<ArticleAction, string> = {
  view: "Bạn không có quyền xem bài này.",
  edit: "Bạn không có quyền sửa bài này ở trạng thái hiện tại.",
  submit: "Chỉ gửi duyệt được bài đang là bản nháp của bạn.",
  publish: "Bạn không có quyền xuất bản bài này.",
  unpublish: "Bạn không có quyền gỡ bài này.",
  return: "Bạn không có quyền trả lại bài này.",
  delete: "Bạn không có quyền xóa bài này.",
  viewHistory: "Bạn không có quyền xem lịch sử của bài này.",
  restore: "Bạn không có quyền khôi phục bài này.",
  feature: "Bạn không có quyền đặt bài nổi bật.",
};

const actor = (user: SessionUser) => ({ id: user.id, role: user.role, isActive: user.isActive });

function successMessage(intent: SaveIntent, publishedAt: Date | null, now: Date): string {
  switch (intent) {
    case "autosave":
      return `Đã tự động lưu lúc ${formatShortDateTime(now).slice(11)}.`;
    case "submit":
      return "Đã gửi duyệt. Biên tập viên sẽ xem bài của bạn.";
    case "publish":
      return publishedAt && publishedAt > now ? `Đã hẹn giờ đăng: ${formatArticleDateTime(publishedAt)}.` : "Đã xuất bản.";
    case "unpublish":
      return "Đã gỡ bài khỏi trang công khai.";
    case "return":
      return "Đã trả lại bài cho tác giả kèm nhận xét.";
    default:
      return `Đã lưu lúc ${formatShortDateTime(now).slice(11)}.`;
  }
}

function conflictOf(current: EditableArticle): ConflictInfo {
  return {
    version: current.version,
    title: current.title,
    summary: current.summary,
    bodyHtml: current.bodyHtml,
    updatedByName: current.updatedByName,
    updatedAt: current.updatedAt.toISOString(),
  };
}

/** Save (or autosave) the editor's content and, with a workflow intent, move the article on. */
export function saveArticleCommand(db: Database, user: SessionUser, request: SaveRequest, now: Date = new Date()): SaveResult {
  const existing = request.articleId === null ? null : editableArticle(db, request.articleId);
  if (request.articleId !== null && !existing) return failure("Không tìm thấy bài viết này; có thể bài đã bị xóa.");
  const ref = existing ?? { createdBy: user.id, status: "draft" as const };
  if (!existing && !canCreateArticle(actor(user))) return failure("Tài khoản của bạn không được viết bài.");
  if (!can(actor(user), "edit", ref)) return failure(refusals.edit);
  const workflow = request.intent === "save" || request.intent === "autosave" ? null : (request.intent as WorkflowAction);
  if (workflow && !can(actor(user), workflow, ref)) return failure(refusals[workflow]);

  const parsed = articleDraftSchema.safeParse(request.fields);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  if (parsed.success && (workflow === "submit" || workflow === "publish")) Object.assign(errors, problemsBeforeReview(parsed.data));
  // A unit or category may have been deleted by an admin while the form was open.
  if (parsed.success && parsed.data.categoryId && !categoryById(db, parsed.data.categoryId)) errors.categoryId = ["Chuyên mục này không còn: hãy chọn chuyên mục khác."];
  if (parsed.success && parsed.data.unitId && !unitById(db, parsed.data.unitId)) errors.unitId = ["Đơn vị này không còn: hãy chọn đơn vị khác."];
  const publishAt = workflow === "publish" ? publishTimeSchema.safeParse(request.publishAt ?? "") : null;
  if (publishAt && !publishAt.success) errors.publishAt = publishAt.error.issues.map((i) => i.message);
  const comment = workflow === "return" ? reviewCommentSchema.safeParse(request.comment ?? "") : null;
  if (comment && !comment.success) errors.comment = comment.error.issues.map((i) => i.message);
  if (!parsed.success || Object.keys(errors).length > 0) {
    return failure(FIX_MARKED_FIELDS, errors);
  }

  const input = parsed.data;
  const mayFeature = can(actor(user), "feature", ref);
  const desiredSlug = input.slug || slugify(input.title);
  const content: ArticleContent = {
    ...input,
    slug: uniqueSlug(desiredSlug, takenSlugs(db, desiredSlug, existing?.id ?? null)),
    bodyHtml: sanitizeArticleHtml(input.bodyHtml),
    // A contributor writes for their own unit; editors choose.
    unitId: user.role === "contributor" && user.unitId ? user.unitId : input.unitId,
    isFeatured: mayFeature ? input.isFeatured : (existing?.isFeatured ?? false),
  };
  const kind = request.intent === "autosave" ? "autosave" : "save";

  let articleId: number;
  let version: number;
  if (!existing) {
    ({ id: articleId, version } = createArticle(db, content, user.id, kind, now));
  } else {
    const saved = saveArticleContent(db, { id: existing.id, baseVersion: request.baseVersion ?? -1, content, savedBy: user.id, kind, now });
    const current = editableArticle(db, existing.id);
    if (!saved.ok || !current) {
      return {
        ok: false,
        formError: `Bài đã được ${current?.updatedByName ?? "người khác"} lưu lúc ${current ? formatShortDateTime(current.updatedAt) : "vừa rồi"}, sau khi bạn mở. Bản của bạn chưa được lưu và vẫn còn trên trang: hãy so sánh rồi chọn bản giữ lại.`,
        ...(current ? { conflict: conflictOf(current) } : {}),
      } as SaveResult;
    }
    ({ id: articleId } = existing);
    version = saved.version;
  }

  let status: ArticleStatus = existing?.status ?? "draft";
  let publishedAt = existing?.publishedAt ?? null;
  if (workflow) {
    const next = statusAfter(workflow, status);
    if (!next) return failure(refusals[workflow]);
    const change: StatusChange = { status: next };
    if (workflow === "submit") Object.assign(change, { submittedAt: now, reviewComment: "" });
    if (workflow === "publish") Object.assign(change, { publishedAt: (publishAt?.success && publishAt.data) || now, reviewComment: "" });
    if (workflow === "return" && comment?.success) change.reviewComment = comment.data;
    changeArticleStatus(db, articleId, change, user.id, now);
    if (workflow === "publish" || workflow === "unpublish") {
      const detail = workflow === "publish" && change.publishedAt && change.publishedAt > now ? `Hẹn giờ: ${formatArticleDateTime(change.publishedAt)}` : "";
      recordAudit(db, { actorId: user.id, actorName: user.displayName, action: workflow === "publish" ? "article-publish" : "article-unpublish", target: `Bài: ${input.title}`, detail, ip: request.ip ?? "", at: now });
    }
    status = next;
    publishedAt = change.publishedAt === undefined ? publishedAt : change.publishedAt;
  }
  return {
    ok: true,
    message: successMessage(request.intent, publishedAt, now),
    articleId,
    version,
    slug: content.slug,
    status,
    publishedAt: publishedAt?.toISOString() ?? null,
    savedAt: now.toISOString(),
  };
}

/** Puts an earlier revision's content back (as a new save, so nothing is lost either way). */
export function restoreRevisionCommand(
  db: Database,
  user: SessionUser,
  request: { articleId: number; revisionId: number; baseVersion: number },
  now: Date = new Date(),
): ActionResult<{ version: number }> {
  const article = editableArticle(db, request.articleId);
  if (!article) return failure("Không tìm thấy bài viết này.");
  if (!can(actor(user), "restore", article)) return failure(refusals.restore);
  const found = revisionOfArticle(db, request.articleId, request.revisionId);
  if (!found) return failure("Không tìm thấy bản lưu này.");
  const r = found.revision;
  const content: ArticleContent = {
    title: r.title,
    slug: article.slug, // the address stays: restoring text must not move a published page
    summary: r.summary,
    bodyHtml: r.bodyHtml,
    coverMediaId: r.coverMediaId,
    coverCaption: r.coverCaption,
    byline: r.byline,
    // A unit or category deleted since then can't come back: the article keeps its current one.
    categoryId: categoryById(db, r.categoryId) ? r.categoryId : article.categoryId,
    unitId: unitById(db, r.unitId) ? r.unitId : article.unitId,
    seriesId: r.seriesId,
    seriesPart: r.seriesPart,
    isFeatured: article.isFeatured,
  };
  const saved = saveArticleContent(db, { id: article.id, baseVersion: request.baseVersion, content, savedBy: user.id, kind: "restore", now });
  if (!saved.ok) return failure("Bài vừa được người khác lưu. Hãy tải lại trang lịch sử rồi khôi phục lại.");
  return { ok: true, message: `Đã khôi phục bản lưu #${r.version}.`, version: saved.version };
}

export function deleteArticleCommand(db: Database, user: SessionUser, articleId: number, ip = ""): ActionResult {
  const article = editableArticle(db, articleId);
  if (!article) return failure("Không tìm thấy bài viết này.");
  if (!can(actor(user), "delete", article)) return failure(refusals.delete);
  deleteArticle(db, articleId);
  recordAudit(db, { actorId: user.id, actorName: user.displayName, action: "article-delete", target: `Bài: ${article.title || "(Chưa có tiêu đề)"}`, ip });
  return { ok: true, message: "Đã xóa bài viết." };
}
