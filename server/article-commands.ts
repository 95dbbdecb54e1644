// The article mutations, independent of Next: each checks who asks, whether they may, and the
// input, then writes, all in one transaction. Server actions call these; tests call them directly.
import { can, refusedSaveStep, type ArticleAction, type ArticleStatus } from "@/core/permissions";
import { sanitizeArticleHtml } from "@/core/sanitize";
import { articleDraftSchema, problemsBeforeReview, publishTimeSchema, reviewCommentSchema } from "@/core/schemas/article";
import { slugify, uniqueSlug } from "@/core/slug";
import { formatArticleDateTime, formatShortDateTime } from "@/core/vi-date";
import { statusAfter, type WorkflowAction } from "@/core/workflow";
import type { Database, Transaction } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import {
  changeArticleStatus,
  createArticle,
  deleteArticle,
  missingReferences,
  saveArticleContent,
  takenSlugs,
  type ArticleContent,
  type StatusChange,
} from "@/db/queries/article-writes";
import { editableArticle, revisionOfArticle, type EditableArticle } from "@/db/queries/workspace-articles";
import type { SessionUser } from "@/db/queries/users";
import { failure, fieldErrorsOf, type ActionFailure, type ActionResult } from "@/core/action-result";
import { FIX_MARKED_FIELDS, readerChange, type SaveIntent, type SaveResult } from "@/core/article-save";
import type { ConflictInfo } from "@/core/editor-save";
import { missingReferenceErrors } from "@/core/missing-references";
import { linksOfArticle, replaceArticleLinks } from "@/db/queries/article-links";
import type { ArticleLinks } from "@/core/article-links";
import { checkedArticleLinks } from "./article-link-check";
import { atomically } from "./atomically";

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
export async function saveArticleCommand(db: Database, user: SessionUser, request: SaveRequest, now: Date = new Date()): Promise<SaveResult> {
  return await atomically(db, async (tx) => await saveInTransaction(tx, user, request, now));
}

/** The input of a save that passed every check, ready to write. */
type CheckedSave = { ok: true; content: ArticleContent; links: ArticleLinks | null; publishAt: Date | null; comment: string };

async function saveInTransaction(tx: Transaction, user: SessionUser, request: SaveRequest, now: Date): Promise<SaveResult> {
  const existing = request.articleId === null ? null : await editableArticle(tx, request.articleId);
  if (request.articleId !== null && !existing) return failure("Không tìm thấy bài viết này; có thể bài đã bị xóa.");
  const workflow = request.intent === "save" || request.intent === "autosave" ? null : (request.intent as WorkflowAction);
  const refusal = refusalOf(user, existing, workflow);
  if (refusal) return failure(refusal);
  const next = workflow ? statusAfter(workflow, existing?.status ?? "draft") : null;
  if (workflow && !next) return failure(refusals[workflow]);
  const checked = await checkedSave(tx, user, existing, request, workflow);
  if (!checked.ok) return checked;

  const kind = request.intent === "autosave" ? "autosave" : "save";
  let articleId: number;
  let version: number;
  if (!existing) {
    ({ id: articleId, version } = await createArticle(tx, checked.content, user.id, kind, now));
  } else {
    const saved = await saveArticleContent(tx, { id: existing.id, baseVersion: request.baseVersion ?? -1, content: checked.content, savedBy: user.id, kind, now });
    if (!saved.ok) return conflictFailure(await editableArticle(tx, existing.id));
    ({ id: articleId } = existing);
    version = saved.version;
  }
  // Read for readerChange while readers see them; a save that sends none leaves them as they are.
  const linksBefore = existing?.status === "published" && checked.links ? await linksOfArticle(tx, existing.id) : null;
  // Written only with a save that passed the version check, so a conflict leaves the links alone too.
  if (checked.links) await replaceArticleLinks(tx, articleId, checked.links);

  let status: ArticleStatus = existing?.status ?? "draft";
  let publishedAt = existing?.publishedAt ?? null;
  if (workflow && next) {
    const change = statusChangeOf(workflow, next, checked, now);
    await changeArticleStatus(tx, articleId, workflow, change, user.id, now);
    if (workflow === "publish" || workflow === "unpublish") {
      const detail = workflow === "publish" && change.publishedAt && change.publishedAt > now ? `Hẹn giờ: ${formatArticleDateTime(change.publishedAt)}` : "";
      await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: workflow === "publish" ? "article-publish" : "article-unpublish", target: `Bài: ${checked.content.title}`, detail, ip: request.ip ?? "", at: now });
    }
    status = next;
    publishedAt = change.publishedAt === undefined ? publishedAt : change.publishedAt;
  }
  return {
    ok: true,
    message: successMessage(request.intent, publishedAt, now),
    articleId,
    version,
    slug: checked.content.slug,
    status,
    publishedAt: publishedAt?.toISOString() ?? null,
    savedAt: now.toISOString(),
    readers: readerChange(existing && { ...existing, links: linksBefore }, { ...checked.content, status, publishedAt, links: checked.links }),
  };
}

function refusalOf(user: SessionUser, existing: EditableArticle | null, workflow: WorkflowAction | null): string | null {
  const refused = refusedSaveStep(actor(user), existing, workflow);
  if (refused === "create") return "Tài khoản của bạn không được viết bài.";
  return refused && refusals[refused];
}

/** Every field's problem at once, the rows it points at included; or the content to write. */
async function checkedSave(tx: Transaction, user: SessionUser, existing: EditableArticle | null, request: SaveRequest, workflow: WorkflowAction | null): Promise<CheckedSave | ActionFailure> {
  const parsed = articleDraftSchema.safeParse(request.fields);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  // A contributor writes for their own unit; editors choose.
  const unitId = parsed.success && user.role === "contributor" && user.unitId ? user.unitId : parsed.data?.unitId;
  if (parsed.success && (workflow === "submit" || workflow === "publish")) Object.assign(errors, problemsBeforeReview(parsed.data));
  // A unit, category, image or series may have been deleted while the form was open.
  if (parsed.success && unitId) Object.assign(errors, missingReferenceErrors(await missingReferences(tx, { ...parsed.data, unitId })));
  const publishAt = workflow === "publish" ? publishTimeSchema.safeParse(request.publishAt ?? "") : null;
  if (publishAt && !publishAt.success) errors.publishAt = publishAt.error.issues.map((i) => i.message);
  const comment = workflow === "return" ? reviewCommentSchema.safeParse(request.comment ?? "") : null;
  if (comment && !comment.success) errors.comment = comment.error.issues.map((i) => i.message);
  const links = await checkedArticleLinks(tx, existing?.id ?? null, request.fields);
  if (!links.ok) Object.assign(errors, links.errors);
  if (!links.ok || !parsed.success || !unitId || Object.keys(errors).length > 0) {
    return failure(FIX_MARKED_FIELDS, errors);
  }

  const input = parsed.data;
  const desiredSlug = input.slug || slugify(input.title);
  const content: ArticleContent = {
    ...input,
    slug: uniqueSlug(desiredSlug, await takenSlugs(tx, desiredSlug, existing?.id ?? null)),
    bodyHtml: sanitizeArticleHtml(input.bodyHtml),
    unitId,
    isFeatured: can(actor(user), "feature", existing ?? { createdBy: user.id, status: "draft" }) ? input.isFeatured : (existing?.isFeatured ?? false),
  };
  return { ok: true, content, links: links.links, publishAt: publishAt?.success ? publishAt.data : null, comment: comment?.success ? comment.data : "" };
}

function statusChangeOf(workflow: WorkflowAction, next: ArticleStatus, checked: CheckedSave, now: Date): StatusChange {
  const change: StatusChange = { status: next };
  if (workflow === "submit") Object.assign(change, { submittedAt: now, reviewComment: "" });
  if (workflow === "publish") Object.assign(change, { publishedAt: checked.publishAt ?? now, reviewComment: "" });
  if (workflow === "return") change.reviewComment = checked.comment;
  return change;
}

function conflictFailure(current: EditableArticle | null): SaveResult {
  return {
    ok: false,
    formError: `Bài đã được ${current?.updatedByName ?? "người khác"} lưu lúc ${current ? formatShortDateTime(current.updatedAt) : "vừa rồi"}, sau khi bạn mở. Bản của bạn chưa được lưu và vẫn còn trên trang: hãy so sánh rồi chọn bản giữ lại.`,
    ...(current ? { conflict: conflictOf(current) } : {}),
  };
}

/** Puts an earlier revision's content back (as a new save, so nothing is lost either way). */
export async function restoreRevisionCommand(
  db: Database,
  user: SessionUser,
  request: { articleId: number; revisionId: number; baseVersion: number },
  now: Date = new Date(),
): Promise<ActionResult<{ version: number }>> {
  return await atomically(db, async (tx): Promise<ActionResult<{ version: number }>> => {
    const article = await editableArticle(tx, request.articleId);
    if (!article) return failure("Không tìm thấy bài viết này.");
    if (!can(actor(user), "restore", article)) return failure(refusals.restore);
    const found = await revisionOfArticle(tx, request.articleId, request.revisionId);
    if (!found) return failure("Không tìm thấy bản lưu này.");
    const r = found.revision;
    // What was deleted since can't come back: the article keeps its current unit, category, image or series.
    const gone = new Set(await missingReferences(tx, r));
    const content: ArticleContent = {
      title: r.title,
      slug: article.slug, // the address stays: restoring text must not move a published page
      summary: r.summary,
      bodyHtml: r.bodyHtml,
      coverMediaId: gone.has("coverMediaId") ? article.coverMediaId : r.coverMediaId,
      coverCaption: r.coverCaption,
      byline: r.byline,
      categoryId: gone.has("categoryId") ? article.categoryId : r.categoryId,
      unitId: gone.has("unitId") ? article.unitId : r.unitId,
      seriesId: gone.has("seriesId") ? article.seriesId : r.seriesId,
      seriesPart: gone.has("seriesId") ? article.seriesPart : r.seriesPart,
      isFeatured: article.isFeatured,
    };
    const saved = await saveArticleContent(tx, { id: article.id, baseVersion: request.baseVersion, content, savedBy: user.id, kind: "restore", now });
    if (!saved.ok) return failure("Bài vừa được người khác lưu. Hãy tải lại trang lịch sử rồi khôi phục lại.");
    return { ok: true, message: `Đã khôi phục bản lưu #${r.version}.`, version: saved.version };
  });
}

export async function deleteArticleCommand(db: Database, user: SessionUser, articleId: number, ip = ""): Promise<ActionResult> {
  return await atomically(db, async (tx): Promise<ActionResult> => {
    const article = await editableArticle(tx, articleId);
    if (!article) return failure("Không tìm thấy bài viết này.");
    if (!can(actor(user), "delete", article)) return failure(refusals.delete);
    await deleteArticle(tx, articleId);
    await recordAudit(tx, { actorId: user.id, actorName: user.displayName, action: "article-delete", target: `Bài: ${article.title || "(Chưa có tiêu đề)"}`, ip });
    return { ok: true, message: "Đã xóa bài viết." };
  });
}
